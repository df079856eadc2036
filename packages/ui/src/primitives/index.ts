export { Button, type ButtonProps, type ButtonVariant, type ButtonSize } from "./button";
export { TextInput, Select, Field, type TextInputProps, type SelectProps, type FieldProps } from "./text-input";
export { TagChip, type TagChipProps } from "./tag-chip";
export { Spinner, EmptyState, SkeletonRows, Alert, type EmptyStateProps } from "./states";
export { Kbd } from "./kbd";
export { cn } from "../lib/cn";
