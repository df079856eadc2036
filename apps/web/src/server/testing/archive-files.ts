/** An archive file in the seed's format (F1): timestamp comment, [title](url), rule, blank line, HTML body. */
export function archiveFileText(params: { title: string; url: string; html: string; archivedAt?: Date }): string {
  const epoch = (params.archivedAt ?? new Date("2023-11-30T00:00:00Z")).getTime();
  return `<!--${epoch}-->\n[${params.title}](${params.url})\n------\n\n${params.html}\n`;
}

/** A plausible VOA article body with a dated byline, a photo with a credit, and bilingual entity names. */
export function voaArticleHtml(params: { published: string; body: string; caption?: string }): string {
  const caption = params.caption ?? "2023年11月29日，美国国务卿布林肯在布鲁塞尔北约总部举行新闻发布会。（美联社照片）";
  return (
    `<div><i>${params.published}</i></div>` +
    `<img src="https://images.weserv.nl?url=gdb.voanews.com/test_w900.jpg" width="100%">` +
    `<div><small style="color: #999;">${caption}</small></div>` +
    `<p>${params.body}</p>`
  );
}
