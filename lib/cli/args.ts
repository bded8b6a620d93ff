/** Command-line options of `npm run extract`. */
export interface CliOptions {
  json: boolean;
  timings: boolean;
  url?: string;
  help: boolean;
  files: string[];
}

export const USAGE = `Usage: npm run extract -- [--json] [--timings] [--url URL] [FILE...]

Extracts the article and its key facts from saved HTML pages.
With no FILE, runs on the bundled sample page (lib/cli/sample.html).

  --json       one JSON object per line and file (errors too: {source, error})
  --timings    add per-stage timings in milliseconds
  --url URL    the page's address (only with one FILE)
  -h, --help   show this help

Exit status: 0 when every file was read, 1 when any failed, 2 on a usage error.`;

/** Parses argv (without node and script); throws Error with a usage message on bad input. */
export function parseArgs(argv: string[]): CliOptions {
  const opts: CliOptions = { json: false, timings: false, help: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') opts.json = true;
    else if (arg === '--timings') opts.timings = true;
    else if (arg === '-h' || arg === '--help') opts.help = true;
    else if (arg === '--url' || arg.startsWith('--url=')) {
      const value = arg === '--url' ? argv[++i] : arg.slice('--url='.length);
      if (!value) throw new Error('--url needs a value');
      opts.url = value;
    } else if (arg === '--') continue;
    else if (arg.startsWith('-') && arg !== '-') throw new Error(`unknown option ${arg}`);
    else opts.files.push(arg);
  }
  if (opts.url !== undefined) {
    if (opts.files.length > 1) throw new Error('--url applies to one FILE only');
    try {
      new URL(opts.url);
    } catch {
      throw new Error(`--url is not an absolute URL: ${opts.url}`);
    }
  }
  return opts;
}
