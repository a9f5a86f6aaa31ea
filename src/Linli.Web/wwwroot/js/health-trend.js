// Draws a resident's readings across sessions ([data-trend]: dates, systolic, diastolic, and the raised thresholds)
// as a line chart with ECharts, SVG so it prints sharp. The thresholds are drawn as dashed lines: a reading above
// them prompts a follow-up, nothing more.
(function () {
    const element = document.querySelector("[data-trend]");
    if (!element) return;
    const data = JSON.parse(element.dataset.trend);
    const chart = echarts.init(element, null, { renderer: "svg" });
    const line = (name, values, color, threshold) => ({
        name, type: "line", data: values, connectNulls: true, symbolSize: 7, itemStyle: { color },
        markLine: threshold ? { silent: true, symbol: "none", lineStyle: { type: "dashed", color }, data: [{ yAxis: threshold }] } : undefined,
    });
    chart.setOption({
        animation: false,
        tooltip: { trigger: "axis" },
        legend: { top: 0 },
        grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
        xAxis: { type: "category", data: data.dates },
        yAxis: { type: "value", name: "mmHg", min: 40 },
        series: [line(data.labels[0], data.systolic, "#c0392b", data.systolicRaised), line(data.labels[1], data.diastolic, "#2f6fab", data.diastolicRaised)],
    });
    window.addEventListener("resize", () => chart.resize());
    window.addEventListener("beforeprint", () => chart.resize());
})();
