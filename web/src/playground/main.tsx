import { useGraphiQL, useGraphiQLActions, type GraphiQLPlugin } from '@graphiql/react';
import { GraphiQL, type GraphiQLProps } from 'graphiql';
// Monaco's editor, JSON and GraphQL workers, bundled by Vite: nothing is fetched from a CDN.
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GRAPHQL_URL } from '../api';
import '../common.css';
import { EXAMPLES, operationName, variablesText, type Example } from './examples';
import './playground.css';

/** Same-origin JSON POSTs, which Apollo's CSRF prevention accepts. */
async function post(body: unknown, headers?: Record<string, string>) {
  const response = await fetch(GRAPHQL_URL, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...headers,
    },
    body: JSON.stringify(body),
  });
  return response.json();
}

const fetcher: GraphiQLProps['fetcher'] = (params, options) =>
  post(params, options?.headers as Record<string, string> | undefined);

/** A phone-sized window: the Examples pane starts closed so the editors get the room. */
const NARROW = window.matchMedia('(max-width: 760px)').matches;

function ExamplesPane() {
  const { addTab, changeTab } = useGraphiQLActions();
  const tabs = useGraphiQL((state) => state.tabs);
  const queryEditor = useGraphiQL((state) => state.queryEditor);
  const variableEditor = useGraphiQL((state) => state.variableEditor);
  /** An example already open in a tab (by its operation name) is shown there; otherwise it opens in a new tab. */
  const open = (example: Example) => {
    const name = operationName(example);
    const index = tabs.findIndex((tab) => (name ? tab.operationName === name : tab.query === example.query));
    if (index >= 0) changeTab(index);
    else {
      addTab();
      queryEditor?.setValue(example.query);
      variableEditor?.setValue(variablesText(example));
    }
    // On a phone the pane covers the editors: close it to show the example, through the sidebar's own
    // button (GraphiQL then also gives the pane's width back; setVisiblePlugin(null) alone does not).
    if (window.matchMedia('(max-width: 760px)').matches)
      document.querySelector<HTMLButtonElement>('.graphiql-sidebar button.active')?.click();
  };
  return (
    <div className="examples-pane">
      <div className="graphiql-doc-explorer-title">Examples 示例</div>
      <p className="examples-hint">Open an example (its tab, or a new one), then run it with ▶ (Ctrl-Enter).</p>
      <ul>
        {EXAMPLES.map((example) => (
          <li key={example.title}>
            <button type="button" onClick={() => open(example)} data-example={example.title}>
              <span className="example-title">{example.title}</span>
              <span className="example-description">{example.description}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function ExamplesIcon() {
  return (
    <svg viewBox="0 0 24 24" width="1em" height="1em" fill="none" stroke="currentColor" strokeWidth="1.5">
      <path d="M4 5h16M4 10h16M4 15h10M4 20h7" strokeLinecap="round" />
    </svg>
  );
}

const examplesPlugin: GraphiQLPlugin = { title: 'Examples', icon: ExamplesIcon, content: ExamplesPane };

function Playground() {
  return (
    <GraphiQL
      fetcher={fetcher}
      plugins={[examplesPlugin]}
      visiblePlugin={NARROW ? undefined : examplesPlugin}
      defaultTabs={EXAMPLES.map((example) => ({ query: example.query, variables: variablesText(example) }))}
      defaultEditorToolsVisibility
      isHeadersEditorEnabled={false}
      forcedTheme="light"
    >
      <GraphiQL.Logo>
        <span className="playground-logo">报告图谱 · GraphQL</span>
      </GraphiQL.Logo>
    </GraphiQL>
  );
}

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <Playground />
  </StrictMode>,
);
