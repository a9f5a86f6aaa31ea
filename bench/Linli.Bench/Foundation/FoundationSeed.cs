using Linli.Web.Platform.Data;
using Microsoft.EntityFrameworkCore;

/// <summary>A district of ten communities seeded straight into the table (the benchmark is about reading it).</summary>
internal static class FoundationSeed
{
    public sealed record Tree(int CommunityId, string CommunityPath, int CommunityUnits, int BuildingId, int OutsideUnitId, int TotalNodes);

    public static async Task<Tree> TreeAsync(LinliDb db, int units)
    {
        await using var _ = db;
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO platform_regions (\"Id\", \"ParentId\", \"Kind\", \"Name\", \"Code\", \"Path\", \"Depth\", \"ExclusiveArea\", \"CreatedAt\") " +
                             "VALUES ($id, $parent, $kind, $name, $name, $path, $depth, $area, '2026-01-01 00:00:00')";
        var parameters = new[] { "$id", "$parent", "$kind", "$name", "$path", "$depth", "$area" }.Select(n =>
        {
            var p = insert.CreateParameter();
            p.ParameterName = n;
            insert.Parameters.Add(p);
            return p;
        }).ToArray();
        var nextId = 0;
        async Task<(int Id, string Path)> AddAsync(int? parent, string parentPath, string kind, string name, int depth, decimal? area)
        {
            var id = ++nextId;
            var path = $"{parentPath}{id}/";
            object?[] values = [id, parent, kind, name, path, depth, area];
            for (var i = 0; i < values.Length; i++) parameters[i].Value = values[i] ?? DBNull.Value;
            await insert.ExecuteNonQueryAsync();
            return (id, path);
        }

        var district = await AddAsync(null, "/", "District", "区", 0, null);
        var street = await AddAsync(district.Id, district.Path, "Street", "街道", 1, null);
        const int communities = 10, buildingsPerCommunity = 50;
        var unitsPerBuilding = Math.Max(1, units / (communities * buildingsPerCommunity));
        (int Id, string Path) firstCommunity = (0, ""), firstBuilding = (0, "");
        var lastUnit = 0;
        for (var c = 0; c < communities; c++)
        {
            var community = await AddAsync(street.Id, street.Path, "Community", $"社区{c}", 2, null);
            var compound = await AddAsync(community.Id, community.Path, "Compound", "小区", 3, null);
            for (var b = 0; b < buildingsPerCommunity; b++)
            {
                var building = await AddAsync(compound.Id, compound.Path, "Building", $"{b}栋", 4, null);
                for (var u = 0; u < unitsPerBuilding; u++) lastUnit = (await AddAsync(building.Id, building.Path, "Unit", $"{u}", 5, 60m + u % 70)).Id;
                if (c == 0 && b == 0) firstBuilding = building;
            }
            if (c == 0) firstCommunity = community;
        }
        await transaction.CommitAsync();
        return new Tree(firstCommunity.Id, firstCommunity.Path, buildingsPerCommunity * unitsPerBuilding, firstBuilding.Id, lastUnit, nextId);
    }
}
