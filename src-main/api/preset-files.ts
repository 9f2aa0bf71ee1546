import fs from 'node:fs';
import path from 'node:path';
import type { ConfigVersion } from '../../src-shared/api/schemas/configs';
import { assetPath } from '../platform/paths';

/**
 * The built-in presets read from `assets/presets/*.toml`, as version-1 configs.
 * Stands in for the config store until it lands (issue 5), which seeds from the same files.
 */
export class PresetFileConfigs {
  private readonly versions: ConfigVersion[];

  constructor(dir = assetPath('presets')) {
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.toml')).sort() : [];
    this.versions = files.map((file, index) => {
      const name = path.basename(file, '.toml');
      return {
        id: index + 1,
        name,
        title: `${name[0]?.toUpperCase() ?? ''}${name.slice(1)} strategy`,
        description: `Built-in ${name} preset`,
        configToml: fs.readFileSync(path.join(dir, file), 'utf8'),
        version: 1,
        isActive: true,
        createdAt: fs.statSync(path.join(dir, file)).mtime.toISOString(),
        createdBy: 'planner-studio',
        parentVersionId: null,
      };
    });
  }

  list(): ConfigVersion[] {
    return this.versions;
  }

  get(id: number): ConfigVersion | undefined {
    return this.versions.find((v) => v.id === id);
  }
}
