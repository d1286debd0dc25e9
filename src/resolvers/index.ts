import type { Resolvers } from '../generated/graphql';
import { connectionResolvers, queryResolvers } from './query';
import { typeResolvers } from './types';

export const resolvers: Resolvers = {
  ...typeResolvers,
  ...connectionResolvers,
  Query: queryResolvers,
};
