import { z } from "zod";
import { passwordRules } from "../../auth/password";

export const emailSchema = z.string().trim().toLowerCase().pipe(z.email().max(254));
export const passwordSchema = z.string().min(passwordRules.min).max(passwordRules.max);
export const roleSchema = z.enum(["admin", "editor", "viewer"]);

export const sessionUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: roleSchema,
});

export const signInInput = z.object({
  email: emailSchema,
  // Any length is accepted at sign-in (rules apply when a password is set), but not megabytes.
  password: z.string().min(1).max(passwordRules.max),
});
export const signInOutput = z.object({ user: sessionUserSchema });

export const meOutput = sessionUserSchema.nullable();
export const signOutOutput = z.object({ signedOut: z.boolean() });
