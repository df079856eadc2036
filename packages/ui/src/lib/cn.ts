import { clsx, type ClassValue } from "clsx";
import { twMerge } from "tailwind-merge";

/**
 * Joins class names, skipping falsy values (clsx), and lets later Tailwind classes win over earlier ones of the
 * same kind (tailwind-merge): `cn("w-full h-9", "w-40")` is "h-9 w-40", so a caller's width replaces a default.
 */
export function cn(...values: ClassValue[]): string {
  return twMerge(clsx(values));
}
