/**
 * Workflow artifacts behind a small interface: the Actions artifact service (@actions/artifact v2
 * protocol) on a runner, or a plain directory for the CLI and local runs.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export interface UploadedArtifact {
  name: string;
  id: number | null;
  size: number | null;
}

export interface ArtifactStore {
  /**
   * Uploads one file as the artifact `name` (zipped by the service client, as actions/upload-artifact
   * does). `overwrite` first deletes an artifact of that name in this run (a re-run job uploads again;
   * the service refuses a second artifact of one name with 409).
   */
  upload(name: string, file: string, options?: { overwrite?: boolean }): Promise<UploadedArtifact>;
  /** Downloads every artifact of this workflow run whose name starts with `prefix`, each into `dir/<name>/`. */
  downloadAll(prefix: string, dir: string): Promise<string[]>;
}

/** The Actions artifact service of the current workflow run (needs ACTIONS_RUNTIME_TOKEN / ACTIONS_RESULTS_URL). */
export function actionsArtifactStore(options: { retentionDays?: number } = {}): ArtifactStore {
  // Imported lazily: the module reads its configuration from the environment when loaded.
  const client = async () => new (await import('@actions/artifact')).DefaultArtifactClient();
  return {
    async upload(name, file, uploadOptions = {}) {
      const artifactClient = await client();
      if (uploadOptions.overwrite) {
        const { ArtifactNotFoundError } = await import('@actions/artifact');
        try {
          await artifactClient.deleteArtifact(name);
        } catch (error) {
          if (!(error instanceof ArtifactNotFoundError)) throw error;
        }
      }
      const result = await artifactClient.uploadArtifact(name, [file], path.dirname(file), {
        retentionDays: options.retentionDays,
      });
      return { name, id: result.id ?? null, size: result.size ?? null };
    },
    async downloadAll(prefix, dir) {
      const artifactClient = await client();
      const { artifacts } = await artifactClient.listArtifacts({ latest: true });
      const dirs: string[] = [];
      for (const artifact of artifacts.filter((a) => a.name.startsWith(prefix)).sort((a, b) => a.name.localeCompare(b.name))) {
        const target = path.join(dir, artifact.name);
        mkdirSync(target, { recursive: true });
        await artifactClient.downloadArtifact(artifact.id, { path: target });
        dirs.push(target);
      }
      return dirs;
    },
  };
}

/** Artifacts as files in a directory: `upload` copies the file in, `downloadAll` finds files and folders by prefix. */
export function directoryArtifactStore(root: string): ArtifactStore {
  return {
    async upload(name, file) {
      const target = path.join(root, name);
      mkdirSync(target, { recursive: true });
      copyFileSync(file, path.join(target, path.basename(file)));
      return { name, id: null, size: statSync(file).size };
    },
    async downloadAll(prefix, dir) {
      if (!existsSync(root)) return [];
      const found = readdirSync(root).filter((entry) => entry.startsWith(prefix)).sort();
      const dirs: string[] = [];
      for (const entry of found) {
        const full = path.join(root, entry);
        if (statSync(full).isDirectory()) {
          dirs.push(full);
        } else {
          const target = path.join(dir, entry.replace(/\.json$/, ''));
          mkdirSync(target, { recursive: true });
          copyFileSync(full, path.join(target, entry));
          dirs.push(target);
        }
      }
      return dirs;
    },
  };
}
