/** Checks a plugin's required options when it is attached, so a missing one stops with the plugin's name and what to pass, not a TypeError inside a transform. */
import type { AnnotationRegistry } from './registry-types.ts';

function missingOption(plugin: string, key: string, what: string): Error {
  return new Error(`${plugin} needs { ${key} }: ${what}.`);
}

/** The option's value; stops with "<plugin> needs { <key> }: <what>." when it is missing or empty. */
export function requireOption<Options extends object, Key extends keyof Options & string>(
  plugin: string,
  options: Options | undefined,
  key: Key,
  what: string,
): NonNullable<Options[Key]> {
  const value = options?.[key];
  if (!value) throw missingOption(plugin, key, what);
  return value;
}

/**
 * The registry option, which must have the parts the plugin reads. The parts are checked by name only: the live
 * registry loads the content when a part is read, and that is the transform's business.
 */
export function requireRegistry<Part extends keyof AnnotationRegistry>(
  plugin: string,
  options: { registry?: Pick<AnnotationRegistry, Part> } | undefined,
  parts: readonly Part[],
  resolves: string,
): Pick<AnnotationRegistry, Part> {
  const registry = options?.registry;
  if (!registry || parts.some((part) => !(part in registry))) {
    throw missingOption(plugin, 'registry', `the content registry (${parts.join(', ')}) that ${resolves}`);
  }
  return registry;
}
