// The name and version of the JSON download's shape, apart from its zod
// schema (exportSchema.ts) so the browser can write the file without zod.

/** The value of the `format` key, naming the shape. */
export const EXPORT_FORMAT = 'sourced-timeline';

/**
 * The shape's version: it changes when a field is renamed, removed or
 * changes meaning; adding a field does not change it.
 */
export const EXPORT_VERSION = 1;
