export { TagPicker, type TagPickerProps, type TagPickerLabels } from "./tag-picker";
export { buildPickerEntries, foldTagName, type TagOption, type PickerEntry, type BuildEntriesInput } from "./filter-tags";
