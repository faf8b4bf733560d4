#!/usr/bin/env node
// Writes oclif.manifest.json after the build, so that oclif starts without importing every command to
// learn its flags (help, --version and command lookup read the manifest; a run imports one command).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Plugin } from '@oclif/core';

const root = fileURLToPath(new URL('../', import.meta.url));
const plugin = new Plugin({ root, type: 'core', ignoreManifest: true, errorOnManifestCreate: true });
await plugin.load();
writeFileSync(new URL('oclif.manifest.json', `file://${root}`), `${JSON.stringify(plugin.manifest, null, 2)}\n`);
