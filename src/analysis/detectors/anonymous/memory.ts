/** What the anonymous detector remembers of the article so far, and what it gives for one noun. */
import type { Finding } from '../../detector';
import type { Agreement } from '../../lexicons/anonymous';

export interface Memory {
  /** Lemmas of unnamed sources introduced so far, with the sentence where they last spoke. */
  lemmas: Map<string, number>;
  /** The sentence last marked anonymous, and how its source agrees with a verb. */
  lastIndex: number;
  agree: Agreement | undefined;
  /** The article has reported a study so far (`أظهرت دراسة`): researchers are then its authors. */
  study?: boolean;
}

export interface Judgement {
  finding: Finding;
  lemma?: string;
  agree?: Agreement;
}
