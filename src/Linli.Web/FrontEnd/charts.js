// The parts of ECharts that Linli's pages draw with (wwwroot/js/survey-charts.js, health-trend.js, program-charts.js,
// dashboard-charts.js): bar and line charts on a grid,
// rendered as SVG. esbuild bundles only these at build time (Linli.Web.csproj), under half the whole library,
// into wwwroot/lib/echarts/echarts.min.js with the same global `echarts`. A page that needs another kind of chart
// adds it here.
import { init, use } from "echarts/core";
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

use([BarChart, LineChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

export { init };
