// Draws each [data-chart] element of a results page as a horizontal bar chart with ECharts (from npm at build
// time). SVG, so charts stay sharp on paper; they are redrawn to the page's width before printing. Each element's
// height comes with the page, so nothing moves when the charts draw.
(function () {
    const charts = [];
    function draw(element) {
        const data = JSON.parse(element.dataset.chart);
        const chart = echarts.init(element, null, { renderer: "svg" });
        chart.setOption({
            animation: false,
            grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
            xAxis: { type: "value", max: data.max ?? null, axisLabel: { formatter: data.unit === "%" ? "{value}%" : "{value}" } },
            yAxis: { type: "category", inverse: true, data: data.labels, axisLabel: { width: 160, overflow: "truncate" } },
            series: [{ type: "bar", data: data.values, itemStyle: { color: "#2f6fab" }, barMaxWidth: 22,
                label: { show: true, position: "right", formatter: p => data.unit === "%" ? p.value + "%" : p.value } }],
        });
        charts.push(chart);
    }
    document.querySelectorAll("[data-chart]").forEach(draw);
    window.addEventListener("resize", () => charts.forEach(c => c.resize()));
    window.addEventListener("beforeprint", () => charts.forEach(c => c.resize()));
})();
