/** Article text beyond this many characters is not analysed (a notice in the popup says so). */
export const TEXT_CAP = 2_000_000;
