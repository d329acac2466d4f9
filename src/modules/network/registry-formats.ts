import type { Country, OrganisationKind } from './tables';

/**
 * Reading the official municipality and county lists. Three shapes are known, each as published:
 * Norway's municipalities (`k_id`, `k_name`, `k_url`) and counties (`f_id`, `f_name`, `f_url`) as JSON
 * arrays (aprestmo/norge-data), and Sweden's municipalities with their county (län) as CSV
 * (sjbrg/swedish-geodata). The shape is told by the content; the file name only breaks ties.
 */

/** Why a whole file cannot be read; each code has a translated text in messages.ts (`file.<code>`). */
export type ImportFileErrorCode = 'empty' | 'notJson' | 'notList' | 'unknownFormat' | 'columns';

export class ImportFileError extends Error {
  statusCode = 400 as const;
  constructor(
    public code: ImportFileErrorCode,
    public detail = '',
  ) {
    super(`Cannot import the file: ${code}${detail ? ` (${detail})` : ''}`);
  }
}

/** Why one row is refused; translated in messages.ts (`reason.<code>`). */
export type RejectReason =
  'missing' | 'malformed' | 'tooLong' | 'duplicate' | 'countyMismatch' | 'notAnObject';

export interface Rejection {
  /** JSON: 1-based position in the array; CSV: the line in the file (the header is line 1). */
  line: number;
  field: string;
  reason: RejectReason;
}

/** One organisation as the file describes it; `parentNumber` names its county in the same country. */
export interface RegistryRow {
  line: number;
  country: Country;
  kind: OrganisationKind;
  number: string;
  name: string;
  /** Undefined: the file says nothing, so an existing web address is left alone. */
  website?: string | null;
  parentNumber?: string;
  /** The Swedish file names each municipality's county, so counties come from the same rows. */
  parentName?: string;
}

export interface ParsedRegistry {
  format: 'no-municipalities' | 'no-counties' | 'se-municipalities';
  rows: RegistryRow[];
  rejected: Rejection[];
}

const MAX_NAME = 200;

/** Reads a registry file, rejecting bad rows one by one; throws ImportFileError when the file as a whole is unreadable. */
export function parseRegistry(file: { content: string; filename: string }): ParsedRegistry {
  const content = file.content.replace(/^\uFEFF/, '');
  if (content.trim() === '') throw new ImportFileError('empty');
  const first = content.trimStart()[0];
  const looksJson = first === '[' || first === '{' || /\.json$/i.test(file.filename);
  return looksJson ? parseJson(content, file.filename) : parseSwedishCsv(content);
}

function parseJson(content: string, filename: string): ParsedRegistry {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch {
    throw new ImportFileError('notJson');
  }
  if (!Array.isArray(data)) throw new ImportFileError('notList');
  if (data.length === 0) throw new ImportFileError('empty');
  const keys = new Set(data.flatMap((item) => (item && typeof item === 'object' ? Object.keys(item) : [])));
  const isMunicipalities = keys.has('k_id') || keys.has('k_name');
  const isCounties = keys.has('f_id') || keys.has('f_name');
  let kind: 'municipality' | 'county';
  if (isMunicipalities && isCounties) kind = /fylke/i.test(filename) ? 'county' : 'municipality';
  else if (isMunicipalities) kind = 'municipality';
  else if (isCounties) kind = 'county';
  else throw new ImportFileError('unknownFormat');
  const [idKey, nameKey, urlKey, digits] =
    kind === 'municipality'
      ? (['k_id', 'k_name', 'k_url', 4] as const)
      : (['f_id', 'f_name', 'f_url', 2] as const);

  const rows: RegistryRow[] = [];
  const rejected: Rejection[] = [];
  data.forEach((item: unknown, index) => {
    const line = index + 1;
    if (!item || typeof item !== 'object' || Array.isArray(item)) {
      rejected.push({ line, field: idKey, reason: 'notAnObject' });
      return;
    }
    const record = item as Record<string, unknown>;
    const number = officialNumber(record[idKey], digits, true);
    if (typeof number !== 'string')
      return (rejected.push({ line, field: idKey, reason: number.reason }), undefined);
    const name = officialName(record[nameKey]);
    if (typeof name !== 'string')
      return (rejected.push({ line, field: nameKey, reason: name.reason }), undefined);
    rows.push({
      line,
      country: 'NO',
      kind,
      number,
      name,
      website: urlKey in record ? webAddress(record[urlKey]) : undefined,
      parentNumber: kind === 'municipality' ? number.slice(0, 2) : undefined,
    });
  });
  return { format: kind === 'municipality' ? 'no-municipalities' : 'no-counties', rows, rejected };
}

const swedishColumns = ['municipality_code', 'municipality_name', 'county_code', 'county_name'] as const;

function parseSwedishCsv(content: string): ParsedRegistry {
  const records = parseCsv(content);
  const header = records[0];
  if (!header) throw new ImportFileError('empty');
  const columns = header.cells.map((c) => c.trim().toLowerCase());
  const missing = swedishColumns.filter((c) => !columns.includes(c));
  if (missing.length > 0) throw new ImportFileError('columns', missing.join(', '));
  if (records.length < 2) throw new ImportFileError('empty');
  const col = (cells: string[], name: string) => {
    const i = columns.indexOf(name);
    return i >= 0 ? (cells[i] ?? '').trim() : '';
  };

  const rows: RegistryRow[] = [];
  const rejected: Rejection[] = [];
  for (const { line, cells } of records.slice(1)) {
    const number = officialNumber(col(cells, 'municipality_code'), 4, false);
    if (typeof number !== 'string') {
      rejected.push({ line, field: 'municipality_code', reason: number.reason });
      continue;
    }
    // The short name ("Upplands Väsby") reads like the Norwegian names; the long one adds "kommun".
    const name = officialName(col(cells, 'municipality_name_short') || col(cells, 'municipality_name'));
    if (typeof name !== 'string') {
      rejected.push({ line, field: 'municipality_name', reason: name.reason });
      continue;
    }
    const county = officialNumber(col(cells, 'county_code'), 2, false);
    if (typeof county !== 'string') {
      rejected.push({ line, field: 'county_code', reason: county.reason });
      continue;
    }
    // The first two digits of a kommunkod are its län; a row that disagrees is wrong somewhere.
    if (!number.startsWith(county)) {
      rejected.push({ line, field: 'county_code', reason: 'countyMismatch' });
      continue;
    }
    const countyName = officialName(col(cells, 'county_name'));
    if (typeof countyName !== 'string') {
      rejected.push({ line, field: 'county_name', reason: countyName.reason });
      continue;
    }
    rows.push({
      line,
      country: 'SE',
      kind: 'municipality',
      number,
      name,
      parentNumber: county,
      parentName: countyName,
    });
  }
  return { format: 'se-municipalities', rows, rejected };
}

type Invalid = { reason: RejectReason };

/**
 * An official number as text of exactly `digits` digits. A JSON number has lost its leading zeros
 * (301 for Oslo's 0301), so it is padded; text must already be complete.
 */
function officialNumber(value: unknown, digits: number, padNumbers: boolean): string | Invalid {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
    return { reason: 'missing' };
  if (
    typeof value === 'number' &&
    padNumbers &&
    Number.isInteger(value) &&
    value > 0 &&
    value < 10 ** digits
  ) {
    return String(value).padStart(digits, '0');
  }
  if (typeof value !== 'string') return { reason: 'malformed' };
  const text = value.trim();
  return new RegExp(`^\\d{${digits}}$`).test(text) ? text : { reason: 'malformed' };
}

function officialName(value: unknown): string | Invalid {
  if (value === undefined || value === null) return { reason: 'missing' };
  if (typeof value !== 'string') return { reason: 'malformed' };
  const text = value.trim().replace(/\s+/g, ' ');
  if (!text) return { reason: 'missing' };
  if (text.length > MAX_NAME) return { reason: 'tooLong' };
  return text;
}

/** The lists give "www.oslo.kommune.no"; we store a full https address. Anything odd is left out. */
function webAddress(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  const text = value.trim();
  const withScheme = /^https?:\/\//i.test(text) ? text : `https://${text}`;
  try {
    const url = new URL(withScheme);
    return url.hostname.includes('.') && withScheme.length <= 500 ? withScheme : null;
  } catch {
    return null;
  }
}

/**
 * A small RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF, and the delimiter Excel picks
 * in Swedish and Norwegian locales (`;`) as well as `,` and tab. Keeps the line each record starts on.
 */
export function parseCsv(content: string): { line: number; cells: string[] }[] {
  const firstLine = content.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [',', ';', '\t'].reduce(
    (best, d) => (count(firstLine, d) > count(firstLine, best) ? d : best),
    ',',
  );
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  const endRecord = () => {
    cells.push(cell);
    if (cells.length > 1 || cells[0]?.trim()) records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < content.length; i++) {
    const c = content[i];
    if (quoted) {
      if (c === '"' && content[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && content[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else cell += c;
  }
  if (cell !== '' || cells.length > 0) endRecord();
  return records;
}

const count = (text: string, char: string) => text.split(char).length - 1;
