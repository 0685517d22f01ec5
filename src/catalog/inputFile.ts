/**
 * Node-only: is a path something ftcost can read whole, as a file? One check for every file a user
 * names — catalog directories' files, `--prices`, `--scenario`, `catalog validate`, and training files
 * (src/dataset/node/file.ts words its refusals with `notAFileReason`). A FIFO or a device must be
 * refused from its `stat`, before it is opened: opening a FIFO blocks until a writer comes, and
 * reading `/dev/zero` to its end never ends (16.8 GB, then an abort, in issue 24).
 */
import { readFileSync, statSync, type Stats } from 'node:fs';

/**
 * The largest YAML file ftcost reads (catalog, override, scenario): the biggest shipped provider file is
 * ~100 KB, so 8 MiB is far above any real file and far below what would exhaust memory when parsed.
 */
export const MAX_YAML_BYTES = 8 * 1024 * 1024;

/** Why a stat'ed path cannot be read as a `kind` file ("JSONL", "YAML"), or undefined when it can. */
export function notAFileReason(stats: Stats, kind: string, maxBytes?: number): string | undefined {
  if (stats.isDirectory()) return `it is a directory, not a ${kind} file`;
  if (!stats.isFile()) return 'it is not a regular file (a pipe or device); save it to a file first';
  if (maxBytes !== undefined && stats.size > maxBytes)
    return (
      `it is ${stats.size.toLocaleString('en-US')} bytes, over the ${(maxBytes / 1024 / 1024).toFixed(0)} MiB ` +
      `limit for a ${kind} file`
    );
  return undefined;
}

/** Why a file could not be read, in words (an errno from stat or read). */
export function readFailure(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'cannot be read: no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
  if (code === 'EISDIR') return 'cannot be read: it is a directory, not a YAML file';
  return `cannot be read (${code ?? (err as Error).message})`;
}

/**
 * The text of a YAML input, or why it cannot be read ("cannot be read: …", one phrase to follow the
 * file's name). Directories, pipes, devices and files over MAX_YAML_BYTES are refused unopened.
 */
export function readYamlInput(path: string): { text: string } | { problem: string } {
  try {
    const reason = notAFileReason(statSync(path), 'YAML', MAX_YAML_BYTES);
    if (reason !== undefined) return { problem: `cannot be read: ${reason}` };
    return { text: readFileSync(path, 'utf8') };
  } catch (err) {
    return { problem: readFailure(err) };
  }
}
