import { exporter } from './exporter';
import { jobs } from './jobs';
import { monthlyReport } from './monthly-report';
import { sources } from './sources';
import { statistics } from './statistics';
import { workbook } from './workbook';

export const services = { exporter, sources, statistics, workbook, monthlyReport, jobs };
