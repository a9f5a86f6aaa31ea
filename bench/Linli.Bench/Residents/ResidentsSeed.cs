using System.Data.Common;
using System.Text.Json;
using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Privacy;

/// <summary>One seeded community: its node, its units in sheet order, and one compound to filter by.</summary>
internal sealed record SeededCommunity(int Id, string Path, string Name, IReadOnlyList<SeededUnit> Units, int CompoundId);

/// <summary>A unit with the names the import sheet gives it (小区, 楼栋, 房号).</summary>
internal sealed record SeededUnit(int Id, string Compound, string Building, string Unit);

/// <summary>
/// Seeds straight into the tables with literal multi-row inserts: the benchmark is about reading the
/// register and importing into it, not about how fast the seeding goes.
/// </summary>
internal sealed class ResidentsSeed(DbConnection connection, bool postgres, FieldEncryptor encryptor)
{
    public const int Compounds = 4, BuildingsPerCompound = 25, UnitsPerBuilding = 400;
    private static readonly DateTime Created = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private int nextRegionId = 1_000;

    /// <summary>A district with <paramref name="streets"/> streets sharing <paramref name="count"/> communities of 40,000 units each in turn.</summary>
    public async Task<IReadOnlyList<SeededCommunity>> TreeAsync(int count, int streets = 1)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        var regions = new BulkInsert(connection, transaction, "platform_regions",
            ["Id", "ParentId", "Kind", "Name", "Code", "Path", "Depth", "ExclusiveArea", "CreatedAt"], postgres);
        async Task<(int Id, string Path)> AddAsync(int? parent, string parentPath, string kind, string name, int depth, decimal? area = null)
        {
            var id = nextRegionId++;
            var path = $"{parentPath}{id}/";
            await regions.AddAsync(id, parent, kind, name, $"{kind[0]}{id}", path, depth, area, Created);
            return (id, path);
        }

        var district = await AddAsync(null, "/", "District", "基准区", 0);
        var streetNodes = new List<(int Id, string Path)>();
        for (var s = 0; s < streets; s++) streetNodes.Add(await AddAsync(district.Id, district.Path, "Street", streets == 1 ? "基准街道" : $"基准街道{s + 1}", 1));
        var communities = new List<SeededCommunity>();
        for (var c = 0; c < count; c++)
        {
            var name = $"基准社区{c + 1}";
            var street = streetNodes[c % streets];
            var community = await AddAsync(street.Id, street.Path, "Community", name, 2);
            var units = new List<SeededUnit>();
            var firstCompound = 0;
            for (var k = 0; k < Compounds; k++)
            {
                var compoundName = $"{"东南西北"[k]}苑";
                var compound = await AddAsync(community.Id, community.Path, "Compound", compoundName, 3);
                if (k == 0) firstCompound = compound.Id;
                for (var b = 0; b < BuildingsPerCompound; b++)
                {
                    var buildingName = $"{b + 1}栋";
                    var building = await AddAsync(compound.Id, compound.Path, "Building", buildingName, 4);
                    for (var u = 0; u < UnitsPerBuilding; u++)
                    {
                        var unitName = $"{u / 12 + 1}{u % 12 + 1:00}";
                        var unit = await AddAsync(building.Id, building.Path, "Unit", unitName, 5, 60m + u % 70);
                        units.Add(new SeededUnit(unit.Id, compoundName, buildingName, unitName));
                    }
                }
            }
            communities.Add(new SeededCommunity(community.Id, community.Path, name, units, firstCompound));
        }
        await regions.FlushAsync();
        await transaction.CommitAsync();
        return communities;
    }

    /// <summary>
    /// Households of one to four people fill the community's units in order, as <see cref="Households"/>
    /// lays them out; ID numbers and phones are sealed exactly as the application seals them.
    /// </summary>
    public async Task ResidentsAsync(SeededCommunity community, SyntheticPeople people, int count, int firstResidentId, int firstHouseholdId)
    {
        await using var transaction = await connection.BeginTransactionAsync();
        var households = new BulkInsert(connection, transaction, "residents_households", ["Id", "CommunityId", "UnitId", "CreatedAt"], postgres);
        var residents = new BulkInsert(connection, transaction, "residents_residents",
            ["Id", "CommunityId", "HouseholdId", "UnitId", "Name", "Gender", "BirthDate", "IdNumber", "IdNumberLookup", "Phone", "PhoneTail", "Status", "CreatedAt"], postgres, households);
        var tags = new BulkInsert(connection, transaction, "residents_tags", ["ResidentId", "CommunityId", "Key"], postgres, residents);
        var flags = new BulkInsert(connection, transaction, "residents_care_flags", ["ResidentId", "CommunityId", "KeyLookup", "Detail"], postgres, residents);
        var lowIncome = encryptor.Lookup(CareTags.LookupText(CareTags.LowIncomeHousehold));
        var lowIncomeDetail = encryptor.Encrypt(JsonSerializer.Serialize(new CareFlagDetail(CareTags.LowIncomeHousehold.Key)), "residents_care_flags.Detail");

        var householdId = firstHouseholdId;
        foreach (var (index, unitIndex, startsHousehold) in Households(count, community.Units.Count))
        {
            var unit = community.Units[unitIndex];
            if (startsHousehold) await households.AddAsync(++householdId, community.Id, unit.Id, Created);
            var person = people.Next();
            var id = firstResidentId + index;
            await residents.AddAsync(id, community.Id, householdId, unit.Id, person.Name, person.Gender.ToString(), person.BirthDate,
                encryptor.Encrypt(person.IdNumber, "residents_residents.IdNumber"), encryptor.Lookup(person.IdNumber),
                person.Phone is null ? null : encryptor.Encrypt(person.Phone, "residents_residents.Phone"), person.Phone?[^4..], "Living", Created);
            foreach (var tag in person.Tags.Select(CareTags.Resolve))
            {
                if (tag.Kind == CareTagKind.Sensitive) await flags.AddAsync(id, community.Id, lowIncome, lowIncomeDetail);
                else await tags.AddAsync(id, community.Id, tag.Key);
            }
        }
        foreach (var insert in new[] { households, residents, tags, flags }) await insert.FlushAsync();
        await transaction.CommitAsync();
    }

    /// <summary>For each person: their index, the unit their household lives in, and whether they start a new household.</summary>
    public static IEnumerable<(int Index, int Unit, bool StartsHousehold)> Households(int people, int units)
    {
        int[] sizes = [2, 1, 3, 2, 4, 2, 3, 1, 2, 4];
        var (unit, household, left) = (-1, -1, 0);
        for (var i = 0; i < people; i++)
        {
            var starts = left == 0;
            if (starts)
            {
                household++;
                unit = (unit + 1) % units;
                left = sizes[household % sizes.Length];
            }
            left--;
            yield return (i, unit, starts);
        }
    }
}
