// The service as `npm start` runs it, plus the scripted fake service: the entry point of
// the replicas that the multi-process tests start (compiled into dist-test/ by pretest).
import 'reflect-metadata';
import { serve } from '../../src/bootstrap/serve.js';
import { ScriptedConnector } from '../fakes/scripted/scripted.connector.js';

await serve([ScriptedConnector]);
