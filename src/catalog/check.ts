import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { catalogDir } from './folder.ts';
import { byPlace, formatPath, type Diagnostic } from './diagnostics.ts';
import { findingsOf, type Finding } from './issues.ts';
import { LIMITS } from './limits.ts';
import { FILE_RULES, serverIdsUnique, type ValidFile } from './rules.ts';
import { serverSchema } from './schema/server.ts';
import { quickData, quickSource } from './quick-yaml.ts';
import { decodeUtf8, parseYaml, toData, type YamlSource } from './source.ts';
import { entryIsStale, likelyDuplicates } from './warnings.ts';
import { WARNING_RULES } from '../classify/review.ts';

export interface CheckedFile extends ValidFile {
  source: YamlSource;
}

export interface CheckResult {
  /** Files that passed the schema, in file-name order (some may still have rule errors). */
  files: CheckedFile[];
  diagnostics: Diagnostic[];
  errorCount: number;
  /** Files looked at, valid or not. */
  fileCount: number;
}

export interface CheckOptions {
  /** The day staleness is measured from; tests pass a fixed one. */
  now?: Date;
}

/** Whether the bytes start with a UTF-8 byte-order mark. */
function hasBom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** How a file is named in messages: relative to the working directory when it is below it. */
function displayName(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

/**
 * Checks the whole catalog and reports every problem at once: read → parse → schema →
 * rules within a file → rules across files. Nothing here writes anything.
 */
export function checkCatalog(dir: string = catalogDir(), options: CheckOptions = {}): CheckResult {
  const diagnostics: Diagnostic[] = [];
  const files: CheckedFile[] = [];
  const serversDir = join(dir, 'servers');
  const now = options.now ?? new Date();
  /** Each file's staleness and review warnings, for the files with no errors of their own. */
  const ownWarnings = new Map<CheckedFile, Diagnostic[]>();

  let names: string[];
  try {
    names = readdirSync(serversDir)
      .filter((n) => !n.startsWith('.'))
      .sort();
  } catch {
    const file = displayName(serversDir);
    diagnostics.push({ severity: 'error', file, line: 1, column: 1, path: '', message: 'catalog folder not found (expected servers/*.yaml)' });
    return { files, diagnostics, errorCount: 1, fileCount: 0 };
  }

  for (const name of names) {
    const abs = join(serversDir, name);
    const file = displayName(abs);
    const at = (line: number, column: number, message: string, path = ''): void => {
      diagnostics.push({ severity: 'error', file, line, column, path, message });
    };
    if (!name.endsWith('.yaml')) {
      at(1, 1, 'catalog files are named <server-id>.yaml');
      continue;
    }
    const size = statSync(abs).size;
    if (size > LIMITS.fileBytes) {
      at(1, 1, `file is ${size.toLocaleString('en-US')} bytes, over the limit of ${LIMITS.fileBytes.toLocaleString('en-US')}`);
      continue;
    }
    const bytes = readFileSync(abs);
    const decoded = decodeUtf8(bytes);
    if ('problem' in decoded) {
      at(decoded.problem.line, decoded.problem.column, decoded.problem.message);
      continue;
    }
    // Most files are fine: read them the fast way, with positions parsed only when a finding
    // needs one. Anything unusual takes the careful parser, which reports it exactly.
    let source: YamlSource;
    let data: { data: unknown };
    const quick = quickData(decoded.text);
    if (quick) {
      // Positions in a file with a byte-order mark count the mark (as the careful parser of
      // the file as read always has), which the decoded text has lost.
      source = quickSource(hasBom(bytes) ? undefined : quick.positions, () => readFileSync(abs, 'utf8'));
      data = quick;
    } else {
      const careful = parseYaml(decoded.text);
      if (careful.problems.length > 0) {
        for (const p of careful.problems) at(p.line, p.column, p.message);
        continue;
      }
      const read = toData(careful.source);
      if ('problem' in read) {
        at(read.problem.line, read.problem.column, read.problem.message);
        continue;
      }
      source = careful.source;
      data = read;
    }
    const report = (findings: Finding[]): void => {
      for (const f of findings) {
        const pos = source.locate(f.path, f.atKey);
        at(pos.line, pos.column, f.message, formatPath(f.path));
      }
    };
    const parsed = serverSchema.safeParse(data.data, { reportInput: true });
    if (!parsed.success) {
      report(findingsOf(parsed.error));
      continue;
    }
    const valid: CheckedFile = { file, server: parsed.data, source };
    const errorsBefore = diagnostics.length;
    for (const rule of FILE_RULES) report(rule(valid));
    files.push(valid);
    // The file's own warnings are placed now, while its positions are at hand, and kept
    // until the checks across files have said whether the file has errors after all.
    if (diagnostics.length === errorsBefore) {
      const warnings: Diagnostic[] = [];
      const warn = (finding: Finding): void => {
        warnings.push({ severity: 'warning', file, ...source.locate(finding.path), path: formatPath(finding.path), message: finding.message });
      };
      for (const finding of entryIsStale(valid, now)) warn(finding);
      for (const rule of WARNING_RULES) for (const finding of rule(valid)) warn(finding);
      ownWarnings.set(valid, warnings);
    }
    // Positions are let go once the file's findings are placed: on a large catalog, keeping
    // them for every file would exhaust the heap. A later finding reads the file again.
    source.release?.();
  }

  for (const { file, finding } of serverIdsUnique(files)) {
    const pos = (file as CheckedFile).source.locate(finding.path);
    diagnostics.push({ severity: 'error', file: file.file, ...pos, path: formatPath(finding.path), message: finding.message });
  }
  const warn = (file: CheckedFile, finding: Finding): void => {
    diagnostics.push({ severity: 'warning', file: file.file, ...file.source.locate(finding.path), path: formatPath(finding.path), message: finding.message });
  };
  // Warnings only for files without errors: a file that must be fixed anyway (a clashing id,
  // say) would otherwise repeat its error as a warning.
  const failed = new Set(diagnostics.filter((d) => d.severity === 'error').map((d) => d.file));
  const clean = files.filter((f) => !failed.has(f.file));
  for (const file of clean) diagnostics.push(...ownWarnings.get(file)!);
  for (const { file, finding } of likelyDuplicates(clean)) {
    warn(file, finding);
    file.source.release?.();
  }

  diagnostics.sort(byPlace);
  return { files, diagnostics, errorCount: diagnostics.filter((d) => d.severity === 'error').length, fileCount: names.length };
}

