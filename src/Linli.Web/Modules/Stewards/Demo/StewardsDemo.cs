using Linli.Web.Modules.Residents;
using Linli.Web.Platform.Demo;
using Linli.Web.Platform.Regions;
using Microsoft.EntityFrameworkCore;

namespace Linli.Web.Modules.Stewards.Demo;

/// <summary>
/// 青桐's small practices. Seed 002's 菊园: a grandmother takes on the garden bed's watering and 刘小禾 (with her
/// grandfather 刘建国, her guardian) adopts a gardenia, both with a few weeks of care; seed 004's parking plan put to
/// the households door to door, every household but one answered, one against — a share near the seed's 97%, left
/// open for the walkthrough. 刘建国 is the steward of his building.
/// </summary>
public sealed class StewardsDemo(Platform.Data.LinliDb db, ResidentDirectory residents, AdoptionsService adoptions, ConsultationsService consultations,
    StewardsService stewards, TimeProvider clock) : IDemoContributor
{
    public int Order => 98;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var community = await db.Regions.FirstOrDefaultAsync(r => r.Kind == RegionKind.Community && r.Name == "青桐社区", cancellationToken);
        if (community is null) return;
        var people = await residents.IdsByNameAsync(community.Id, cancellationToken);
        var today = Platform.Localization.ChinaTime.Today(clock);

        if (people.TryGetValue("陈玉珍", out var grandmother))
        {
            var bed = await adoptions.AdoptAsync(new NewAdoption(AdoptionKind.Bed, "志愿者种植园（东半边）", "2号院花园", grandmother, Duties: "每周浇水两次，雨天免",
                From: today.AddDays(-45)), cancellationToken);
            foreach (var daysAgo in new[] { 40, 33, 26, 19, 12, 5 })
                await adoptions.CareAsync(bed, new NewCare("浇水", today.AddDays(-daysAgo), 0.5m), null, cancellationToken);
        }
        if (people.TryGetValue("刘小禾", out var child) && people.TryGetValue("刘建国", out var guardian))
        {
            var gardenia = await adoptions.AdoptAsync(new NewAdoption(AdoptionKind.Plant, "栀子花 第2株", "2号院花园", child, GuardianId: guardian,
                Duties: "和爷爷一起浇水，看着它开花", From: today.AddDays(-30)), cancellationToken);
            await adoptions.CareAsync(gardenia, new NewCare("和爷爷一起浇水", today.AddDays(-21)), null, cancellationToken);
            await adoptions.CareAsync(gardenia, new NewCare("松土、浇水", today.AddDays(-7)), null, cancellationToken);
        }

        if (people.TryGetValue("刘建国", out var liu) && await residents.FindAsync(liu, cancellationToken) is { UnitId: { } unit }
            && await db.Regions.Where(r => r.Id == unit).Select(r => r.ParentId).FirstOrDefaultAsync(cancellationToken) is { } building)
            await stewards.AppointAsync(new NewSteward(building, liu, today.AddYears(-2)), cancellationToken);

        var parking = await consultations.CreateAsync(new NewConsultation(community.Id, "青桐社区停车位划线与错时停车方案", ["同意", "不同意"],
            Details: "依托楼门长入户征询：每户一票，结果供居委会和物业参考，不是业主大会表决。"), cancellationToken);
        var households = (await residents.LivingInAsync(community.Id, cancellationToken)).Select(r => r.HouseholdId).Distinct().Order().ToList();
        for (var n = 1; n < households.Count; n++)
            await consultations.AnswerAsync(parking, new NewConsultationAnswer(households[n], n == 1 ? "不同意" : "同意"), cancellationToken);
    }
}
