/** Minimal `--name value` argument reading shared by the matching CLIs. */
export function readArgs(argv: string[], known: readonly string[]): Record<string, string | true> {
  const args: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}"`);
    const name = arg.slice(2);
    if (!known.includes(name))
      throw new Error(`unknown option --${name} (known: ${known.map((k) => `--${k}`).join(' ')})`);
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) args[name] = true;
    else {
      args[name] = next;
      i++;
    }
  }
  return args;
}

export function requireString(args: Record<string, string | true>, name: string, usage: string): string {
  const value = args[name];
  if (typeof value !== 'string') throw new Error(`--${name} <value> is required\n${usage}`);
  return value;
}
