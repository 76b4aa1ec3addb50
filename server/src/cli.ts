// Placeholder: the CLI is built in issue #2.
export async function main(options: { argv: string[] }): Promise<number> {
  void options;
  return 0;
}
