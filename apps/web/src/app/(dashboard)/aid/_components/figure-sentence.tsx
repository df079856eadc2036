/** The sentence a figure stands in, its words marked (the first occurrence of the surface in the sentence). */
export function FigureSentence({ sentence, surface }: { sentence: string; surface: string }) {
  const at = sentence.indexOf(surface);
  if (at < 0) return <span>{sentence}</span>;
  return (
    <span>
      {sentence.slice(0, at)}
      <mark className="rounded bg-amber-100 px-0.5 text-slate-900">{surface}</mark>
      {sentence.slice(at + surface.length)}
    </span>
  );
}
