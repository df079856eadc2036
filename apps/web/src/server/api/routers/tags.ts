import type { Prisma } from "@newsdesk/db";
import { createTag, deleteTag, findTagByName, getTagById, listTags, mergeTags, recordAuditEvents, updateTag } from "@newsdesk/db/queries";
import { AppError, isUniqueViolation } from "../app-error";
import { auditActor, createTRPCRouter, editorProcedure, protectedProcedure } from "../trpc";
import {
  createTagInput,
  deleteTagInput,
  deleteTagOutput,
  mergeTagsInput,
  mergeTagsOutput,
  recolorTagInput,
  renameTagInput,
  tagListOutput,
  tagOutput,
  tagPalette,
} from "./tags.schemas";

type Tx = Prisma.TransactionClient;

async function assertNameFree(tx: Tx, name: string, excludeId?: string) {
  const clash = await findTagByName(tx, { name, ...(excludeId ? { excludeId } : {}) });
  if (clash) throw new AppError("TAG_NAME_TAKEN", `The tag “${clash.name}” exists`, { tagId: clash.id });
}

async function requireTag(tx: Tx, id: string) {
  const tag = await getTagById(tx, { id });
  if (!tag) throw new AppError("NOT_FOUND", "No such tag");
  return tag;
}

/** Unique-name races (two editors creating "NATO" at once) surface as the same TAG_NAME_TAKEN error. */
async function mapNameRace<T>(work: () => Promise<T>, name: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("TAG_NAME_TAKEN", `The tag “${name}” exists`);
    throw error;
  }
}

/** The newsroom's tags: everyone reads them; editors and admins create, rename, recolour, merge and delete. */
export const tagsRouter = createTRPCRouter({
  list: protectedProcedure.output(tagListOutput).query(({ ctx }) => listTags(ctx.db)),

  create: editorProcedure
    .input(createTagInput)
    .output(tagOutput)
    .mutation(({ ctx, input }) =>
      mapNameRace(
        () =>
          ctx.db.$transaction(async (tx) => {
            await assertNameFree(tx, input.name);
            const color = input.color ?? tagPalette[(await tx.tag.count()) % tagPalette.length]!;
            const tag = await createTag(tx, { name: input.name, color, createdById: ctx.user.id });
            await recordAuditEvents(tx, [{ ...auditActor(ctx.user), action: "tag.create", targetType: "tag", targetId: tag.id, after: { name: tag.name, color: tag.color } }]);
            return tag;
          }),
        input.name,
      ),
    ),

  rename: editorProcedure
    .input(renameTagInput)
    .output(tagOutput)
    .mutation(({ ctx, input }) =>
      mapNameRace(
        () =>
          ctx.db.$transaction(async (tx) => {
            const before = await requireTag(tx, input.id);
            await assertNameFree(tx, input.name, input.id);
            const tag = await updateTag(tx, { id: input.id, name: input.name });
            await recordAuditEvents(tx, [{ ...auditActor(ctx.user), action: "tag.rename", targetType: "tag", targetId: tag.id, before: { name: before.name }, after: { name: tag.name } }]);
            return tag;
          }),
        input.name,
      ),
    ),

  recolor: editorProcedure
    .input(recolorTagInput)
    .output(tagOutput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction(async (tx) => {
        const before = await requireTag(tx, input.id);
        const tag = await updateTag(tx, { id: input.id, color: input.color });
        await recordAuditEvents(tx, [{ ...auditActor(ctx.user), action: "tag.recolor", targetType: "tag", targetId: tag.id, before: { color: before.color }, after: { color: tag.color } }]);
        return tag;
      }),
    ),

  /** Moves every article of `sourceId` to `targetId` and deletes the source. */
  merge: editorProcedure
    .input(mergeTagsInput)
    .output(mergeTagsOutput)
    .mutation(({ ctx, input }) => {
      if (input.sourceId === input.targetId) throw new AppError("MERGE_INTO_SELF", "A tag cannot be merged into itself");
      return ctx.db.$transaction(async (tx) => {
        const source = await requireTag(tx, input.sourceId);
        const target = await requireTag(tx, input.targetId);
        const result = await mergeTags(tx, input);
        await recordAuditEvents(tx, [
          { ...auditActor(ctx.user), action: "tag.merge", targetType: "tag", targetId: target.id, before: { merged: source.name, mergedId: source.id }, after: { into: target.name, ...result } },
        ]);
        return { target, ...result };
      });
    }),

  delete: editorProcedure
    .input(deleteTagInput)
    .output(deleteTagOutput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction(async (tx) => {
        const tag = await requireTag(tx, input.id);
        const articleCount = await deleteTag(tx, { id: tag.id });
        await recordAuditEvents(tx, [{ ...auditActor(ctx.user), action: "tag.delete", targetType: "tag", targetId: tag.id, before: { name: tag.name, color: tag.color, articleCount } }]);
        return { articleCount };
      }),
    ),
});
