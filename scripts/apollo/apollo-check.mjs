// Uses Apollo Client 4 against a running WhoSaid as a front end would, and prints one JSON line per step:
//   {"step":"possibleTypes",...}, {"step":"normalization",...}, {"step":"paging",...}, {"step":"subscription",...},
//   then {"step":"done"}; {"step":"failed","error":...} and exit code 1 when something throws.
// Usage: node apollo-check.mjs <http-url> <ws-url> <reader key> <editor key> <input.json>
// input.json: {"personId", "newName", "publisherId", "pageSize", "insertText"}. What another user changes on the
// server between two client requests (a rename, an ingest) is sent with plain fetch, outside the client's cache.
import { readFileSync } from 'node:fs';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { getMainDefinition, relayStylePagination } from '@apollo/client/utilities';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [httpUrl, wsUrl, readerKey, editorKey, inputFile] = process.argv.slice(2);
const input = JSON.parse(readFileSync(inputFile, 'utf8'));
const print = (line) => process.stdout.write(JSON.stringify(line) + '\n');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A request outside the client: another user's mutation, or the introspection the cache is configured from. */
async function post(key, query, variables) {
  const response = await fetch(httpUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', 'x-api-key': key },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** possibleTypes as Apollo's docs generate them: every interface and union with the types that implement it. */
async function possibleTypesFromSchema() {
  const data = await post(readerKey, '{ __schema { types { kind name possibleTypes { name } } } }');
  const possibleTypes = {};
  for (const type of data.__schema.types) {
    if (type.possibleTypes && !type.name.startsWith('__')) {
      possibleTypes[type.name] = type.possibleTypes.map((t) => t.name);
    }
  }
  return possibleTypes;
}

class KeyedWebSocket extends WebSocket {
  constructor(address, protocols) {
    super(address, protocols, { headers: { 'X-API-Key': readerKey } });
  }
}

let socketOpen;
const socketConnected = new Promise((resolve) => { socketOpen = resolve; });
const socket = createClient({ url: wsUrl, webSocketImpl: KeyedWebSocket, retryAttempts: 0, lazy: false,
  on: { connected: () => socketOpen() } });

async function main() {
  const possibleTypes = await possibleTypesFromSchema();
  print({ step: 'possibleTypes', possibleTypes });

  const cache = new InMemoryCache({
    possibleTypes,
    typePolicies: { Query: { fields: { articles: relayStylePagination(['filter', 'orderBy']) } } },
  });
  const isSubscription = ({ query }) => {
    const definition = getMainDefinition(query);
    return definition.kind === 'OperationDefinition' && definition.operation === 'subscription';
  };
  const link = ApolloLink.split(isSubscription, new GraphQLWsLink(socket),
    new HttpLink({ uri: httpUrl, headers: { 'X-API-Key': readerKey } }));
  const client = new ApolloClient({ cache, link });

  // The subscription first, so that the ingest made while paging below arrives on it.
  const events = [];
  const subscription = client.subscribe({ query: gql`subscription { articleIngested { id title publisher created } }` })
    .subscribe({ next: (result) => events.push(result), error: (error) => events.push({ error: String(error) }) });
  await socketConnected;
  // graphql-transport-ws does not acknowledge a subscribe message: give the service a moment to start it.
  await sleep(1500);

  // Normalization: one person read by two queries (the second through the Entity interface) is one cache object,
  // and what the second brings back (a rename made by someone else in between) is what the first query reads.
  const card = gql`query PersonCard($id: ID!) { person(id: $id) { id name said(first: 1) { totalCount } } }`;
  const asNode = gql`query AsNode($id: ID!) { node(id: $id) { id ... on Entity { name description } } }`;
  const variables = { id: input.personId };
  const first = await client.query({ query: card, variables });
  await post(editorKey, 'mutation($id: ID!, $name: String!) { renameEntity(id: $id, name: $name) { id } }',
    { id: input.personId, name: input.newName });
  const second = await client.query({ query: asNode, variables, fetchPolicy: 'network-only' });
  const cardAfter = client.readQuery({ query: card, variables });
  const asNodeAfter = client.readQuery({ query: asNode, variables });
  const entries = Object.entries(cache.extract()).filter(([, value]) => value && value.id === input.personId);
  print({
    step: 'normalization',
    cacheId: cache.identify({ __typename: 'Person', id: input.personId }),
    entriesWithThatId: entries.map(([key]) => key),
    firstName: first.data.person.name,
    secondName: second.data.node.name,
    secondTypename: second.data.node.__typename,
    firstQueryFromCache: cardAfter?.person ?? null,
    secondQueryFromCache: asNodeAfter?.node ?? null,
  });

  // relayStylePagination: page by page with fetchMore; another user ingests an article of the same publisher after
  // the first page (it sorts first, newest first). The merged list must hold each article once and none missing.
  const articles = gql`query ArticlesOf($filter: ArticleFilter, $first: Int, $after: String) {
    articles(filter: $filter, first: $first, after: $after) {
      edges { cursor node { id title } } pageInfo { hasNextPage endCursor } } }`;
  const watched = client.watchQuery({ query: articles,
    variables: { filter: { publisherIds: [input.publisherId] }, first: input.pageSize } });
  let rendered = [];
  const firstPage = await new Promise((resolve, reject) => {
    const sub = watched.subscribe({
      next: (result) => {
        if (result.data?.articles) {
          rendered = result.data.articles.edges.map((edge) => edge.node.id);
          resolve(result.data.articles);
        }
      },
      error: reject,
    });
    watchedSubscription = sub;
  });
  const pages = [firstPage.edges.map((edge) => edge.node.id)];
  const inserted = (await post(editorKey, 'mutation($t: String!) { ingestArticle(input: {text: $t}) { article { id } } }',
    { t: input.insertText })).ingestArticle.article.id;
  let pageInfo = firstPage.pageInfo;
  while (pageInfo.hasNextPage) {
    const more = await watched.fetchMore({ variables: { after: pageInfo.endCursor } });
    pages.push(more.data.articles.edges.map((edge) => edge.node.id));
    pageInfo = more.data.articles.pageInfo;
  }
  // What the watching component renders: the cache's field, as relayStylePagination's read gives it.
  await sleep(500);
  const merged = client.readQuery({ query: articles, variables: watched.variables }).articles;
  print({
    step: 'paging',
    pages,
    inserted,
    merged: merged.edges.map((edge) => edge.node.id),
    mergedHasNextPage: merged.pageInfo.hasNextPage,
    rendered,
  });

  // The ingest above must have come over the socket.
  const deadline = Date.now() + 60000;
  let event;
  while (!(event = events.find((e) => e.data?.articleIngested?.id === inserted)) && Date.now() < deadline) {
    await sleep(200);
  }
  print({ step: 'subscription', inserted, event: event?.data?.articleIngested ?? null,
    other: events.filter((e) => e.error).map((e) => e.error) });

  watchedSubscription.unsubscribe();
  subscription.unsubscribe();
  print({ step: 'done' });
}

let watchedSubscription;
try {
  await main();
  await socket.dispose();
  process.exit(0);
} catch (error) {
  print({ step: 'failed', error: String(error?.stack ?? error) });
  process.exit(1);
}
