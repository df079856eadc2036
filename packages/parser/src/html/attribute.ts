/**
 * One attribute of an element, as htmlparser2 hands them over (a fresh object per element).
 *
 * Why a function with a computed key rather than `attribs.alt`: each attribute set of the corpus
 * (`src`+`alt`, `alt`+`src`+`width` …) gives its objects another hidden class. A named access is
 * optimised for the classes it has seen and deoptimised whenever another comes by; with `--trace-deopt`
 * over rounds of the corpus, `addImage` was thrown away and compiled again five times after warm-up
 * and the walker's `onopentag` three times ("wrong map", "insufficient type feedback"). A keyed
 * access in this one function sees every class and every name, so V8 makes it one generic
 * (megamorphic) lookup that never deoptimises, wherever it is inlined.
 *
 * Used for the attributes of images, embeds and <time> (the rare paths that kept deoptimising), not for the
 * class/id/hidden/style tests every element goes through: there the generic lookup cost more than
 * the deopts it saved (A/B over rounds of the corpus).
 */
export function attribute(attribs: Record<string, string>, name: string): string | undefined {
  return attribs[name];
}
