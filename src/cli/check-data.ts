// `npm run check:data`: validates the data folder (TIMELINE_DATA or ./data)
// and prints how complete each language is. Exits 1 when anything is wrong.
import { resolve } from 'node:path';
import { compileTimeline } from '../lib/data/compileTimeline';
import { DataValidationError } from '../lib/data/dataError';
import { dataFolder, readDataFolder } from '../lib/data/readDataFolder';
import { translationReport } from '../lib/data/translationReport';

const dir = resolve(dataFolder());
console.log(`Checking ${dir}`);
try {
  const { raw } = readDataFolder(dir);
  console.log('\nTranslations (fields with text / translated fields):');
  for (const { lang, present, total, missing } of translationReport(raw)) {
    const share = total ? ((100 * present) / total).toFixed(1) : '100.0';
    console.log(`  ${lang}: ${present}/${total} (${share}%)`);
    for (const where of missing.slice(0, 20)) console.log(`      missing: ${where}`);
    if (missing.length > 20) console.log(`      … and ${missing.length - 20} more`);
  }
  const data = compileTimeline(raw);
  const primary = data.events.filter((e) => e.evidence === 'primary').length;
  console.log(
    `\nOK: ${data.events.length} events (${primary} from primary sources), ` +
      `${Object.keys(data.people).length} people, ${Object.keys(data.places).length} places, ` +
      `${Object.keys(data.sources).length} sources, ${Object.keys(data.domains).length} domains.`
  );
} catch (error) {
  if (!(error instanceof DataValidationError)) throw error;
  console.error(`\n${error.message}`);
  process.exit(1);
}
