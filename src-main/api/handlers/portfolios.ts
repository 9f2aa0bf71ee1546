import { StudioError } from '../../../src-shared/api/errors';
import type { HandlersOf } from '../handlers';
import type { StudioContext } from '../studio-context';
import { checkImportText } from '../use-cases/import-checks';
import { getPortfolio, importPortfolio, listAllPortfolios } from '../use-cases/portfolios';

export function portfoliosHandlers(ctx: StudioContext): HandlersOf<'portfolios.list' | 'portfolios.get' | 'portfolios.import'> {
  return {
    'portfolios.list': async () => listAllPortfolios(ctx.store),
    'portfolios.get': async ({ id }) => getPortfolio(ctx.store, id),
    'portfolios.import': async ({ fileName, text, name, description }) => {
      checkImportText(fileName, text);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        throw new StudioError('invalid_file', `${fileName} is not valid JSON: ${(error as Error).message}`, { file: fileName });
      }
      return importPortfolio(ctx.store, { json, fileName, ...(name === undefined ? {} : { name }), ...(description === undefined ? {} : { description }) });
    },
  };
}
