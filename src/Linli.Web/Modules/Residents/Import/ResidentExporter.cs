using Linli.Web.Platform.Audit;
using Linli.Web.Platform.Data;
using Linli.Web.Platform.Exports;
using Linli.Web.Platform.Localization;
using Linli.Web.Platform.Privacy;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Residents.Import;

/// <summary>
/// The current filtered list as xlsx. ID numbers and phones are masked unless the caller may unmask
/// and asked to, with a reason; every export is audited with its size and whether it was unmasked.
/// </summary>
public sealed class ResidentExporter(LinliDb db, ResidentTagService tags, ResidentViewBuilder views, AuditLog audit, Texts texts, TimeProvider clock)
{
    public const int MaxRows = 200_000;
    private const int BatchSize = 2000;

    public async Task<byte[]> ExportAsync(ResidentQuery query, bool maySeeSensitive, string? unmaskReason, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(clock);
        var filtered = await new ResidentSearch(db, tags, views, audit).FilterAsync(query, today, maySeeSensitive, cancellationToken);
        var rows = new List<IReadOnlyList<object?>>();
        var after = 0;
        while (rows.Count < MaxRows)
        {
            var batch = await filtered.Where(r => r.Id > after).OrderBy(r => r.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) break;
            var summaries = await views.SummariesAsync(batch, today, cancellationToken);
            for (var i = 0; i < batch.Count; i++)
            {
                var (resident, summary) = (batch[i], summaries[i]);
                rows.Add([
                    resident.Name, texts[$"Gender.{resident.Gender}"], resident.BirthDate, summary.Age,
                    unmaskReason is null ? summary.IdNumberMasked : resident.IdNumber,
                    unmaskReason is null ? summary.PhoneMasked : resident.Phone,
                    summary.UnitLabel, string.Join("、", summary.Tags.Select(TagLabel)), texts[$"Status.{resident.Status}"],
                ]);
            }
            after = batch[^1].Id;
        }
        await audit.RecordAsync(unmaskReason is null ? "residents.exported" : "residents.exported-unmasked", "Community", query.CommunityId?.ToString(),
            unmaskReason is null ? $"{rows.Count} rows, masked" : $"{rows.Count} rows, unmasked: {unmaskReason}", cancellationToken);
        return Xlsx.Write("居民", ["姓名", "性别", "出生日期", "年龄", "身份证号", "手机号", "房屋", "标签", "状态"], rows);
    }

    private string TagLabel(string key)
    {
        var label = texts[$"Tag.{key}"];
        return label.StartsWith("Tag.", StringComparison.Ordinal) ? key : label;
    }
}
