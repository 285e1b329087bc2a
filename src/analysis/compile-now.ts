/**
 * A regular expression compiled to machine code now. V8 first compiles a regular expression to
 * bytecode and interprets it, then compiles it again to machine code from its second use on; a
 * first use on a subject of 1,000 units or more compiles it to machine code straight away. The
 * subject is two-byte text, as Arabic sentences are (V8 compiles for one-byte and two-byte text
 * apart).
 */
const PRIMER = '\u06dd'.repeat(1000);

export function compileNow<R extends RegExp>(re: R): R {
  re.test(PRIMER);
  re.lastIndex = 0;
  return re;
}
