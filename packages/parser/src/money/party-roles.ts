import { LENDER_DEAL } from "./aid-cues.js";
import { AID_AGENCY_NAMES, OFFICIAL_LENDERS } from "./gazetteer-bodies.js";
import { partyHit, type PartyHit } from "./gazetteer.js";
import type { Span } from "./mention-scope.js";
import { searchableUpTo } from "./regex-trie.js";

/**
 * The role each named party plays in a sentence — recipient, donor, mere subject, requester —
 * read from the words around the name: 向/对/援助/支持/为/用于 X, "to/for/help X" mark recipients;
 * 来自/由/从 X, "X提供的", "from/by X" mark donors; "X宣布/承诺/将/已/向…" marks a subject.
 * Works on the cue text (mentions and names blanked), so 援助□□□ still reads as "aid to X".
 */

export type PartyRole = "recipient" | "donor" | "subject" | "requester" | "location" | "other";

export interface RoledParty {
  hit: PartyHit;
  role: PartyRole;
  /** Offset of the word that decided the role (the recipient marker, the donor marker), or the name. */
  markerAt: number;
  /** The deciding word, for evidence. */
  marker: string;
  /** Explicit markers (向/对/to/for X) outrank readings from position (X收到, X难民): 2 vs 1. */
  strength: number;
}

/** The one place a `RoledParty` is built (every field, fixed order: one object shape). */
export function roledParty(hit: PartyHit, role: PartyRole, markerAt: number, marker: string, strength: number): RoledParty {
  return { hit, role, markerAt, marker, strength };
}

/** A party whose role was read from the words around it: marked (2) unless the name itself decided (1). */
function read(hit: PartyHit, role: PartyRole, markerAt: number, marker: string): RoledParty {
  return roledParty(hit, role, markerAt, marker, markerAt === hit.start ? 1 : 2);
}

const BREAKS = /[，,；;：:。！？!?]/;
const ZH_RECIPIENT_MARKER =
  /(?:提供给|捐给|拨给|交给|给予|运往|送往|流向|用于|援助|支援|支持|帮助|协助|资助|救助|免除|减免|豁免|援|向|给|对|为)$/;
/** Characters before a marker that make it part of another word (方向, 反对, 认为, 供给). */
const MARKER_GUARDS: Readonly<Record<string, string>> = {
  向: "方倾走面转导动去指趋志",
  对: "针反面应绝相核比派配敌",
  为: "认因作成称行视更较最以为而甚极",
  给: "供补配交",
  援: "支声救增",
};
/** A verb between a marker and a name makes the name that verb's object (用于补充美国的库存, 资助能够对抗封锁美国之音的技术), not the recipient. */
const ZH_NOT_RECIPIENT_GAP = /提供|宣布|承诺|拨款|捐赠|表示|指出|称|说|通过|批准|决定|同意|补充|补足|加强|购买|采购|保护|维持|对抗|封锁|打击/;
const ZH_RECIPIENT_AFTER =
  /^(?:□*)(?:难民|人民|民众|平民|居民|灾民|军民|的重建|重建|基金|军队|武装部队|前线|政府军|的?(?:最大|第[一二三四五]大|主要|重要)的?(?:军事|人道主义|经济|财政)?(?:援助|捐助|捐款)国|(?:军事|人道主义|经济|财政|安全)?援助(?:计划|法案|方案|基金|资金|款|案))/;
const ZH_DONOR_BEFORE = /(?:来自|获得来自|由|从|感谢|得到)\s*$/;
/** "X提供的", "X的(对外)援助", "X海外援助": X gives. ("乌克兰援助计划" is aid for Ukraine: see the recipient pattern.) */
const ZH_DONOR_AFTER =
  /^(?:政府|方面)?(?:所?提供的|捐赠的|捐助的|援助的|资助的|承诺的|拨付的|的(?:海外|对外|对[^，,。的]{1,6}的?)?(?:军事|人道主义|经济|财政|发展)?援助|(?:海外|对外)援助)/;
/** "获得10亿美元美国贷款担保": a name right after an amount and before an aid noun is the giver (the Chinese "US military aid"). */
const ZH_GIVER_AFTER_AMOUNT =
  /^(?:政府)?的?(?:(?:军事|人道主义|人道|经济|财政|发展|安全)?(?:援助|援款|贷款担保|贷款|赠款|捐款|资助)|军援)/;
const ZH_REQUESTER_AFTER = /^[^，,；;。]{0,12}?(?:呼吁|请求|要求|吁请|敦促|恳请)(?!国会|议会)/;
/** "对X…表示感谢": X is the giver being thanked; the one who thanks (乌克兰总统…感谢) receives. */
const ZH_THANKED_AFTER = /^[^，,；;。]{0,30}?(?:表示感谢|表示感激|致谢|道谢)/;
const ZH_THANKER_AFTER = /^[^，,；;。]{0,40}?(?:表示感谢|表示感激|致谢|道谢|感谢)/;
/** A share of a list: "援助乌克兰608亿美元、以色列264亿美元及印太地区81亿美元". */
const ZH_ALLOCATION_BEFORE = /(?:、|和|及|以及|与|，|,)\s*$/;
const ZH_ALLOCATION_AFTER = /^(?:的|获得|获|得到|为|：|:)?□/;
const ZH_RECEIVER_AFTER = /^[^，,；;。]{0,8}?(?:(?:表示|称|说|指出)[，,]\s*[^，,；;。]{0,4}?)?(?:收到|获得|得到|接受|接收|感谢|获)/;
/** A subject: the name, a few words without 的 (俄罗斯资产的收益 is not a subject), then a verb or a title. */
const ZH_SUBJECT_AFTER =
  /^[^，,；;。的]{0,12}?(?:宣布|承诺|将|已|向|是|决定|同意|批准|通过|提供|拨款|拨出|捐|追加|计划|拟|提议|提出|设立|推出|启动|发起|公布|签署|资助|援助|支持|发放|划拨|认捐|支付|缴纳|出资|合计|总计|对外援助|表示|称|说|正在|再次|还|也|又|总统|总理|首相|政府|国会|议会|外长|国务卿|国防部|财政部|议员|官员|领导人|总额|共|累计|迄今)/;
/** A legislature that 向/对 governs is addressed (白宫向国会提出…请求), not given to. */
const ZH_ADDRESSED_LEGISLATURE = /(?:国会|議會|议会|众议院|眾議院|参议院|參議院|众院|參院|参院|立法会|立法院)$/;
/** A name that owns what follows (俄罗斯资产, 俄罗斯的冻结资产) is neither giver nor subject of the sentence. */
const ZH_POSSESSOR_AFTER = /^(?:的)?(?:被?冻结的?)?(?:主权)?(?:资产|资金|财产|储备|外汇储备|央行资产)/;
/** "斯里兰卡向国际货币基金组织申请…": the one asked (after 向) gives, the one asking receives. */
const ZH_ASKED_AFTER = /^[^，,；;。]{0,6}?(?:申请|请求|寻求|求助|借款|借贷|借)/;
const ZH_ASKS_AFTER = /^[^，,；;。的]{0,8}?向□+[^，,；;。]{0,6}?(?:申请|请求|寻求|求助|借款|借贷|借)/;
/** "这笔乌克兰援助", "以色列援助部分": a usual recipient's name right before 援助 is the receiver (see USUAL_RECIPIENTS). */
const ZH_RECIPIENT_COMPOUND = /^(?:军事|人道主义|人道|经济|财政|安全)?(?:援助|援款|军援)(?!□)/;
const ZH_LOCATION_BEFORE = /(?:在|(?<![用对关由属至等基鉴出终])于|赴|前往|访问|抵达|来到|驻)\s*$/;

const EN_RECIPIENT_BEFORE =
  /(?<![A-Za-z])(?:to|for|into|toward|towards|help|helping|helps|support|supporting|assist|assisting|aid|aiding|benefit|benefiting|give|gives|gave|given|giving|send|sends|sent|sending|offer|offers|offered|lend|lent|provide|provided|providing|grant|granted|handed|forgive|forgave|forgiving)\s+(?:(?:the|its|war-torn|embattled|beleaguered|neighbouring|neighboring)\s+){0,2}$/i;
const EN_DONOR_BEFORE = /(?<![A-Za-z])(?:from|by)\s+(?:the\s+)?$/i;
/** "in US military aid": a name right before an aid noun is the giver, whatever precedes it. */
const EN_GIVER_AFTER = /^(?:'s)?\s+(?:(?:military|security|humanitarian|economic|financial|development|foreign)\s+)?(?:aid|assistance|funding|support|weapons|grants?)(?![A-Za-z])/;
/** Places whose name before "aid" names the receiver (Ukraine aid, Israel aid, Gaza aid). */
const USUAL_RECIPIENTS = new Set([
  "Ukraine", "Israel", "Taiwan", "Gaza", "West Bank", "Palestine", "Afghanistan", "Sudan", "South Sudan", "Yemen",
  "Syria", "Haiti", "Somalia", "Ethiopia", "Myanmar", "Indo-Pacific", "Africa",
]);
/** "to help 3m people in Gaza": the people of a place are the recipients, as 加沙民众 is. */
const EN_POPULATION_IN = /(?<![A-Za-z])(?:people|civilians|residents|refugees|families|children|survivors|Palestinians|Ukrainians|Afghans|Syrians)\s+(?:living\s+)?in\s+(?:the\s+)?$/i;
const EN_LOCATION_BEFORE = /(?<![A-Za-z])(?:in|at|visit|visited|visiting|across)\s+(?:the\s+)?$/i;
const EN_REQUESTER_AFTER = /^(?:\s+[a-z]+){0,2}?\s+(?:has\s+|have\s+)?(?:asked|requested|appealed|called)(?!\s+(?:Congress|lawmakers|parliament))/;
const EN_RECEIVER_AFTER = /^(?:\s+[a-z]+){0,2}?\s+(?:has\s+|have\s+|will\s+|would\s+)?(?:received|receives|receive|receiving|got|gets|secured|obtained)/;

const isLatin = (s: string): boolean => /^[A-Za-z]/.test(s);

function guarded(marker: string, cue: string, at: number): boolean {
  if (marker === "对" && cue[at + 1] === "于") return true;
  const before = cue[at - 1];
  if (marker.length !== 1 || before === undefined) return false;
  // 意向 is "intention", but 同意向X提供 is "agreed to give X".
  if (marker === "向" && before === "意") return !"同愿".includes(cue[at - 2] ?? "");
  return (MARKER_GUARDS[marker] ?? "").includes(before);
}

/** Verbs that take the recipient as their object right after them: 提供乌克兰…, 交付乌克兰…. */
const ZH_DIRECT_OBJECT_MARKER = /(?:提供|交付|移交|运交|送交|赠送|赠予|捐赠|捐助|拨付|援建)$/;

/** The recipient marker governing the name at `start`, looking back over at most 14 characters of one clause. */
function zhRecipientMarker(cue: string, floor: number, start: number): { at: number; word: string } | null {
  const direct = ZH_DIRECT_OBJECT_MARKER.exec(cue.slice(Math.max(floor, start - 2), start));
  if (direct !== null) return { at: start - direct[0].length, word: direct[0] };
  let from = start;
  while (from > floor && start - from < 14 && !BREAKS.test(cue[from - 1]!)) from--;
  for (let end = start; end > from; end--) {
    const m = ZH_RECIPIENT_MARKER.exec(cue.slice(from, end));
    if (m === null) continue;
    const at = from + m.index;
    if (guarded(m[0], cue, at)) continue;
    if (ZH_NOT_RECIPIENT_GAP.test(cue.slice(end, start))) return null;
    return { at, word: m[0] };
  }
  return null;
}

function roleOf(cue: string, sentence: Span, hit: PartyHit): RoledParty {
  const before = cue.slice(Math.max(sentence.start, hit.start - 16), hit.start);
  const after = cue.slice(hit.end, Math.min(sentence.end, hit.end + 48));
  if (isLatin(hit.text)) {
    const recipient = EN_RECIPIENT_BEFORE.exec(before);
    if (recipient !== null) return read(hit, "recipient", hit.start - before.length + recipient.index, recipient[0].trim());
    const donor = EN_DONOR_BEFORE.exec(before);
    if (donor !== null) return read(hit, "donor", hit.start - before.length + donor.index, donor[0].trim());
    if (EN_GIVER_AFTER.test(after)) {
      // "US aid" is aid from the US, but "Ukraine aid" is aid for Ukraine: names that the news only ever
      // write so as receivers read as recipients.
      return read(hit, USUAL_RECIPIENTS.has(hit.name) ? "recipient" : "donor", hit.start, hit.text);
    }
    const population = EN_POPULATION_IN.exec(before);
    if (population !== null) return read(hit, "recipient", hit.start - before.length + population.index, population[0].trim());
    if (EN_LOCATION_BEFORE.test(before)) return read(hit, "location", hit.start, hit.text);
    if (EN_REQUESTER_AFTER.test(after)) return read(hit, "requester", hit.start, hit.text);
    if (EN_RECEIVER_AFTER.test(after)) return read(hit, "recipient", hit.start, hit.text);
    return read(hit, "subject", hit.start, hit.text);
  }
  // An aid agency gives for its state (国会为美国国际开发署拨款: the agency is funded, not aided).
  if (AID_AGENCY_NAMES.has(hit.text)) return read(hit, "donor", hit.start, hit.text);
  const donorBefore = ZH_DONOR_BEFORE.exec(before);
  if (donorBefore !== null) return read(hit, "donor", hit.start - donorBefore[0].length, donorBefore[0].trim());
  if (ZH_LOCATION_BEFORE.test(before)) return read(hit, "location", hit.start, hit.text);
  if (ZH_POSSESSOR_AFTER.test(after)) return read(hit, "other", hit.start, hit.text);
  const marker = zhRecipientMarker(cue, sentence.start, hit.start);
  if (marker !== null && marker.word === "向" && ZH_ADDRESSED_LEGISLATURE.test(hit.text)) return read(hit, "other", marker.at, marker.word);
  if (marker !== null && (marker.word === "对" || marker.word === "向") && ZH_THANKED_AFTER.test(after)) {
    return read(hit, "donor", marker.at, marker.word);
  }
  if (marker !== null && marker.word === "向" && ZH_ASKED_AFTER.test(after)) return read(hit, "donor", marker.at, marker.word);
  if (marker !== null) return read(hit, "recipient", marker.at, marker.word);
  if (ZH_RECIPIENT_AFTER.test(after)) return read(hit, "recipient", hit.start, hit.text);
  if (USUAL_RECIPIENTS.has(hit.name) && ZH_RECIPIENT_COMPOUND.test(after)) return read(hit, "recipient", hit.start, hit.text);
  if (ZH_ASKS_AFTER.test(after)) return read(hit, "recipient", hit.start, hit.text);
  if (ZH_ALLOCATION_BEFORE.test(before) && ZH_ALLOCATION_AFTER.test(after)) {
    return read(hit, "recipient", hit.start - 1, before.slice(-1));
  }
  if (before.endsWith("□") && ZH_GIVER_AFTER_AMOUNT.test(after)) return read(hit, "donor", hit.start, hit.text);
  const donorAfter = ZH_DONOR_AFTER.exec(after.replace(/^□+/, ""));
  if (donorAfter !== null) return read(hit, "donor", hit.end, donorAfter[0]);
  if (ZH_REQUESTER_AFTER.test(after)) return read(hit, "requester", hit.start, hit.text);
  if (ZH_RECEIVER_AFTER.test(after)) return read(hit, "recipient", hit.start, "收到");
  if (ZH_THANKER_AFTER.test(after)) return read(hit, "recipient", hit.start, "感谢");
  if (ZH_SUBJECT_AFTER.test(after)) return read(hit, "subject", hit.start, hit.text);
  return read(hit, "other", hit.start, hit.text);
}

/** Abbreviations that only make sense as recipients: 援乌, 对乌军援, 援以法案, 对台军售, 对华援助. */
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  乌: "Ukraine", 以: "Israel", 台: "Taiwan", 华: "China", 非: "Africa", 俄: "Russia", 美: "United States",
  日: "Japan", 韩: "South Korea", 朝: "North Korea",
};
const ABBREVIATION_RE = /援(乌|台|华|非)|援(以)(?=[军法资款援方])|对(乌|以|台|华|非|俄|美|日|韩|朝)(?=[军援经财人安武贷赠捐外政出]|的援)/g;

/** What ABBREVIATION_RE reads from where a match starts: two characters and a lookahead of up to two ("的援"). */
const ABBREVIATION_REACH = 4;

function abbreviationHits(cue: string, sentence: Span): RoledParty[] {
  const found: RoledParty[] = [];
  // Cut after the sentence: without a match in it, exec scanned on to the end of the article, per sentence.
  const searched = searchableUpTo(cue, sentence.end, ABBREVIATION_REACH);
  ABBREVIATION_RE.lastIndex = sentence.start;
  for (let m = ABBREVIATION_RE.exec(searched); m !== null && m.index < sentence.end; m = ABBREVIATION_RE.exec(searched)) {
    const short = m[1] ?? m[2] ?? m[3]!;
    const hit = partyHit(ABBREVIATIONS[short]!, short === "非" ? "place" : "state", m[0], m.index + 1, m.index + 2, NO_ALTERNATIVES);
    found.push(roledParty(hit, "recipient", m.index, m[0], 2));
  }
  return found;
}

const NO_ALTERNATIVES: readonly string[] = [];

const COORDINATED = /^\s*(?:、|，|,|和|及|与|以及|或|and|or|, and|, or|&)\s*$/;

/**
 * A deal between an official lender and a state, with no receiver marked: the lender gives and the
 * state receives (POLICY.md: IMF loan programmes are aid). Both names are read from position only,
 * as "X与Y达成" and "X reached a deal with Y" mark neither.
 */
function withLenderDeal(cue: string, sentence: Span, all: RoledParty[]): void {
  if (all.some((r) => r.role === "recipient")) return;
  const lender = all.findIndex((r) => OFFICIAL_LENDERS.has(r.hit.name) && r.role !== "location");
  if (lender < 0 || !LENDER_DEAL.test(cue.slice(sentence.start, sentence.end))) return;
  for (let i = 0; i < all.length; i++) {
    const r = all[i]!;
    if (i === lender) all[i] = roledParty(r.hit, "donor", r.markerAt, r.marker, r.strength);
    else if (r.hit.kind === "state" && (r.role === "subject" || r.role === "other" || r.role === "requester")) {
      all[i] = roledParty(r.hit, "recipient", r.hit.start, r.hit.text, 1);
    }
  }
}

/** Every party of one sentence with its role, in text order. */
export function roleParties(cue: string, sentence: Span, hits: readonly PartyHit[]): RoledParty[] {
  const all: RoledParty[] = [];
  for (const hit of hits) all.push(roleOf(cue, sentence, hit));
  for (const abbreviation of abbreviationHits(cue, sentence)) all.push(abbreviation);
  all.sort((a, b) => a.hit.start - b.hit.start);
  withLenderDeal(cue, sentence, all);
  // "for Ukraine, Israel and Taiwan": names listed after a recipient share its marker.
  for (let i = 1; i < all.length; i++) {
    const previous = all[i - 1]!;
    const current = all[i]!;
    if (previous.role === "recipient" && current.role !== "recipient" && current.role !== "donor" && COORDINATED.test(cue.slice(previous.hit.end, current.hit.start))) {
      all[i] = roledParty(current.hit, "recipient", previous.markerAt, previous.marker, previous.strength);
    }
  }
  return all;
}
