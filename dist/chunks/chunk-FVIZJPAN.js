import { createRequire as __lockstepCreateRequire } from 'node:module'; const require = __lockstepCreateRequire(import.meta.url);
import {
  __name
} from "./chunk-I4TOYENA.js";

// src/adapters/artifact.ts
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
function actionsArtifactStore(options = {}) {
  const client = /* @__PURE__ */ __name(async () => new (await import("./artifact-AF6KEO5T.js")).DefaultArtifactClient(), "client");
  return {
    async upload(name, file, uploadOptions = {}) {
      const artifactClient = await client();
      if (uploadOptions.overwrite) {
        const { ArtifactNotFoundError } = await import("./artifact-AF6KEO5T.js");
        try {
          await artifactClient.deleteArtifact(name);
        } catch (error) {
          if (!(error instanceof ArtifactNotFoundError)) throw error;
        }
      }
      const result = await artifactClient.uploadArtifact(name, [file], path.dirname(file), {
        retentionDays: options.retentionDays
      });
      return { name, id: result.id ?? null, size: result.size ?? null };
    },
    async downloadAll(prefix, dir) {
      const artifactClient = await client();
      const { artifacts } = await artifactClient.listArtifacts({ latest: true });
      const dirs = [];
      for (const artifact of artifacts.filter((a) => a.name.startsWith(prefix)).sort((a, b) => a.name.localeCompare(b.name))) {
        const target = path.join(dir, artifact.name);
        mkdirSync(target, { recursive: true });
        await artifactClient.downloadArtifact(artifact.id, { path: target });
        dirs.push(target);
      }
      return dirs;
    }
  };
}
__name(actionsArtifactStore, "actionsArtifactStore");

export {
  actionsArtifactStore
};
