/**
 * The workspace index behind `newslint.acrossFiles`: an analysis of every draft in the workspace
 * folders (.md, .markdown, .txt, .draft, as the CLI lints), built in the background in small
 * slices so the server keeps answering, and updated when files change. Open documents use their
 * live text instead of the file on disk.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../engine/analyze';
import type { Analysis, ResolvedConfig } from '../engine/types';

export const DRAFT_EXTENSIONS = ['.md', '.markdown', '.txt', '.draft'];
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test']);

export interface IndexedFile {
  analysis: Analysis;
  config: ResolvedConfig;
}

export interface IndexOptions {
  /** The configuration of a draft on disk, or null when it is ignored by its config. */
  configFor(file: string): ResolvedConfig | null;
  maxFiles?: number;
  maxBytes?: number;
}

export interface Progress {
  begin(title: string, percentage?: number, message?: string, cancellable?: boolean): void;
  report(percentage: number, message?: string): void;
  done(): void;
}

export function isDraftFile(file: string): boolean {
  return DRAFT_EXTENSIONS.includes(path.extname(file).toLowerCase());
}

export class WorkspaceIndex {
  readonly files = new Map<string, IndexedFile>();
  ready = false;
  private generation = 0;
  private building: Promise<void> | null = null;

  constructor(private readonly opts: IndexOptions) {}

  /** Every draft file under the folders (depth-first, dot folders and build output skipped). */
  listDrafts(folders: string[]): string[] {
    const out: string[] = [];
    const max = this.opts.maxFiles ?? 5000;
    const walk = (dir: string, depth: number) => {
      if (out.length >= max || depth > 20) return;
      let entries: fs.Dirent[];
      try {
        entries = fs.readdirSync(dir, { withFileTypes: true });
      } catch {
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        if (out.length >= max) return;
        const p = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!e.name.startsWith('.') && !SKIP_DIRS.has(e.name)) walk(p, depth + 1);
        } else if (e.isFile() && isDraftFile(e.name)) out.push(p);
      }
    };
    for (const f of folders) walk(f, 0);
    return out;
  }

  /** (Re)build in the background; resolves when done (or superseded by a newer build). */
  build(folders: string[], progress: Progress | null): Promise<void> {
    const gen = ++this.generation;
    this.building = (async () => {
      const files = this.listDrafts(folders);
      progress?.begin('newslint: indexing drafts', 0, `0/${files.length}`);
      const next = new Map<string, IndexedFile>();
      let sliceStart = performance.now();
      for (let i = 0; i < files.length; i++) {
        if (gen !== this.generation) return;
        const entry = this.read(files[i]);
        if (entry) next.set(files[i], entry);
        if (performance.now() - sliceStart > 15) {
          progress?.report(Math.round((100 * (i + 1)) / files.length), `${i + 1}/${files.length}`);
          await new Promise((r) => setImmediate(r));
          sliceStart = performance.now();
        }
      }
      if (gen !== this.generation) return;
      this.files.clear();
      for (const [k, v] of next) this.files.set(k, v);
      this.ready = true;
      progress?.done();
    })().catch(() => {
      progress?.done();
    });
    return this.building;
  }

  private read(file: string): IndexedFile | null {
    try {
      const st = fs.statSync(file);
      if (!st.isFile() || st.size > (this.opts.maxBytes ?? 1024 * 1024)) return null;
      const config = this.opts.configFor(file);
      if (!config) return null;
      const text = fs.readFileSync(file, 'utf8');
      if (text.includes('\u0000')) return null;
      return { analysis: analyze(text, { format: /\.txt$/i.test(file) ? 'plain' : 'markdown' }), config };
    } catch {
      return null;
    }
  }

  /** A file was created or changed on disk. */
  update(file: string): void {
    if (!isDraftFile(file)) return;
    const entry = this.read(file);
    if (entry) this.files.set(file, entry);
    else this.files.delete(file);
  }

  remove(file: string): void {
    this.files.delete(file);
  }

  clear(): void {
    this.generation++;
    this.files.clear();
    this.ready = false;
    this.building = null;
  }

  get isBuilding(): boolean {
    return this.building !== null && !this.ready;
  }
}
