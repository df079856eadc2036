import { z } from "zod";
import { emailSchema, passwordSchema, roleSchema } from "./auth.schemas";

export const userNameSchema = z.string().trim().min(1).max(100);

export const userOutput = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  disabledAt: z.date().nullable(),
  createdAt: z.date(),
});
export const userListOutput = z.array(userOutput);

export const createUserInput = z.object({
  email: emailSchema,
  name: userNameSchema,
  role: roleSchema,
  password: passwordSchema,
});

export const updateUserInput = z
  .object({
    id: z.string().min(1),
    name: userNameSchema.optional(),
    role: roleSchema.optional(),
    disabled: z.boolean().optional(),
  })
  .refine((input) => input.name !== undefined || input.role !== undefined || input.disabled !== undefined, {
    message: "Nothing to change",
  });

export const setPasswordInput = z.object({ id: z.string().min(1), password: passwordSchema });
export const setPasswordOutput = z.object({ endedSessions: z.number().int() });
