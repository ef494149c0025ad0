import { describeSeedGraph } from './seed-graph.suite';

describeSeedGraph('memory');
