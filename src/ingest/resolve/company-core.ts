import { nameKey } from './name-key';

/** Legal forms at the end of a firm's name, longest first. */
const LEGAL_FORM = /(集团股份有限公司|集团有限公司|股份有限公司|有限责任公司|有限公司|股份公司|集团公司|集团|公司)$/;
/** The home city that firms add or drop in front of their name (`重庆长安汽车` / `长安汽车`). */
const HOME_CITY = /^(重庆市|重庆)(?=.{2,})/;

/**
 * A firm's name without its legal form and home city (`重庆长安汽车有限公司` → `长安汽车`), used to see that
 * two spellings are one firm. Undefined when too little is left to tell firms apart.
 */
export function companyCore(name: string): string | undefined {
  const core = nameKey(name).replace(LEGAL_FORM, '').replace(HOME_CITY, '');
  return core.length >= 2 ? core : undefined;
}
