import { describeReadApi } from './read-api.suite';

describeReadApi('memory');
