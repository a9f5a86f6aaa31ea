using Linli.Web.Platform.Exports;
using Linli.Web.Platform.Identity;

namespace Linli.Web.Platform.Regions;

public static class RegionTemplateEndpoint
{
    /// <summary>The Excel template for importing units, with Chinese headers and two sample rows.</summary>
    public static void MapRegionTemplate(this IEndpointRouteBuilder app) =>
        app.MapGet("/console/regions/import-template.xlsx", (RegionImporter importer) =>
                Results.File(importer.Template(), OfficeTypes.Xlsx, "区域导入模板.xlsx"))
            .RequireAuthorization(Policies.Staff)
            .ExcludeFromDescription();
}
