import { expect, test } from 'vitest';
import { childEnvironment, packageOf, splitCommand } from '../../src/import/sources/stdio.ts';

test('commands split like a shell would, without a shell', () => {
  expect(splitCommand('npx -y @modelcontextprotocol/server-filesystem@2026.8.31 /tmp')).toEqual(['npx', '-y', '@modelcontextprotocol/server-filesystem@2026.8.31', '/tmp']);
  expect(splitCommand(`node server.js --name "two words" 'single $HOME' a\\ b ""`)).toEqual(['node', 'server.js', '--name', 'two words', 'single $HOME', 'a b', '']);
  expect(splitCommand('  echo   $(rm -rf /) ; ls ')).toEqual(['echo', '$(rm', '-rf', '/)', ';', 'ls']);
  expect(() => splitCommand('npx "unclosed')).toThrow(/unclosed " quote/);
});

test('the package a command runs, with its version dropped', () => {
  expect(packageOf(['npx', '-y', '@modelcontextprotocol/server-memory@2026.8.31'])).toEqual({ package: 'npm:@modelcontextprotocol/server-memory' });
  expect(packageOf(['npx', '--yes', 'tavily-mcp@0.2.22'])).toEqual({ package: 'npm:tavily-mcp' });
  expect(packageOf(['npx', '@scope/name'])).toEqual({ package: 'npm:@scope/name' });
  expect(packageOf(['uvx', 'mcp-server-time'])).toEqual({});
});

test('a server starts with network settings but none of the parent\'s secrets', () => {
  const parent = { PATH: '/usr/bin', HOME: '/root', HTTPS_PROXY: 'http://proxy:3128', NODE_EXTRA_CA_CERTS: '/ca.pem', npm_config_registry: 'https://registry.example', GITHUB_TOKEN: 'ghp_secret', AWS_SECRET_ACCESS_KEY: 'secret' };
  const env = childEnvironment({ BRAVE_API_KEY: 'placeholder' }, parent);
  expect(env).toMatchObject({ HTTPS_PROXY: 'http://proxy:3128', NODE_EXTRA_CA_CERTS: '/ca.pem', npm_config_registry: 'https://registry.example', BRAVE_API_KEY: 'placeholder' });
  expect(env.GITHUB_TOKEN).toBeUndefined();
  expect(env.AWS_SECRET_ACCESS_KEY).toBeUndefined();
});
