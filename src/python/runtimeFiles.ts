/**
 * The Python files installed in the worker's interpreter (paths relative to runtime/): Awaitline's recorder
 * and clock (`awaitline_rt`) and its `aiohttp` and `requests` modules. Bundled as text into the Python
 * worker's chunk only.
 */
const modules = import.meta.glob<string>('./runtime/**/*.py', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const RUNTIME_FILES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(modules).map(([path, text]) => [path.replace('./runtime/', ''), text]),
);
