import { ConfigResolver } from '../config/load.js';
import { ConfigError } from '../errors.js';
import { DEFAULT_MAX_DOCUMENT_SIZE, parseSize } from '../util/size.js';

/**
 * The largest article to read at each path: `--max-size`, else `maxDocumentSize` in the config that
 * applies there (nearest file or `--config`), else 10 MB. A bad `--max-size` is a usage error.
 */
export function maxSizeFor(flags: { 'max-size'?: string; config?: string }): (path: string) => number {
  if (flags['max-size'] !== undefined) {
    const bytes = parseSize(flags['max-size']);
    if (bytes === null) throw new ConfigError(`--max-size ${JSON.stringify(flags['max-size'])} is not a size`, ['e.g. --max-size 50MB, --max-size 500kB or a number of bytes']);
    return () => bytes;
  }
  let resolver: ConfigResolver | null = null;
  return (path) => {
    resolver ??= new ConfigResolver(flags.config ? { file: flags.config } : {});
    return resolver.forPath(path).maxDocumentSize ?? DEFAULT_MAX_DOCUMENT_SIZE;
  };
}
