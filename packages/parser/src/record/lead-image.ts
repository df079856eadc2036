import { readImageCredit } from "../images/image-credit.js";
import type { ArticleBlock } from "../schema/article-block.js";
import type { WalkedBlock } from "../html/walked-block.js";
import type { ArticleImage } from "../schema/article-record.js";

/** Languages whose captions are written in CJK characters. */
const CJK_LANGUAGES = new Set(["zh", "ja", "ko"]);
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/**
 * The lead image: the first image block, with its caption and credit. In a Chinese (Japanese, Korean)
 * article a caption without a CJK character is the image's alt text for the site's own use, not a
 * caption readers see (BBC's "poster", "hk mtr", "Rishi Sunak"; China Digital Times' "img"): none.
 */
export function leadImage(blocks: readonly ArticleBlock[], language: string, poster: VideoPoster | null = null): ArticleImage | null {
  for (const block of blocks) {
    if (block.type !== "image") continue;
    const caption = block.text === "" || (CJK_LANGUAGES.has(language) && !CJK.test(block.text)) ? null : block.text;
    const credit = readImageCredit(block.text, block.credit);
    return {
      url: block.src,
      proxiedUrl: block.proxiedSrc,
      caption,
      credit: credit?.credit ?? null,
      creditText: credit?.creditText ?? null,
    };
  }
  // No picture but a video's poster (VOA's video pages): the poster is what readers see first.
  if (poster !== null) return { url: poster.url, proxiedUrl: poster.proxiedUrl, caption: poster.caption || null, credit: null, creditText: null };
  return null;
}

/** A video's poster picture with the video's caption. */
export interface VideoPoster {
  url: string;
  proxiedUrl: string | null;
  caption: string;
}

/** The poster of the first video of the body that has one, or null. */
export function firstVideoPoster(blocks: readonly WalkedBlock[]): VideoPoster | null {
  for (const block of blocks) {
    if (block.type === "embed" && block.poster !== null) return { ...block.poster, caption: block.text || block.caption };
  }
  return null;
}
