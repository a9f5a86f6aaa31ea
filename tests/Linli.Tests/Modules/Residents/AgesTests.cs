using Linli.Web.Modules.Residents;

namespace Linli.Tests.Modules.Residents;

/// <summary>Counting by birth date in the database agrees with a resident's age, 29 February included.</summary>
public sealed class AgesTests
{
    [Fact]
    public void Born_by_a_date_is_exactly_being_that_old_on_the_day()
    {
        var births = new[] { new DateOnly(1964, 2, 29), new DateOnly(1964, 2, 28), new DateOnly(1964, 3, 1), new DateOnly(1955, 12, 31), new DateOnly(2012, 1, 1) };
        var disagreements = new List<string>();
        for (var day = new DateOnly(2023, 1, 1); day <= new DateOnly(2025, 3, 31); day = day.AddDays(1))
            foreach (var birth in births)
                foreach (var years in new[] { 14, 59, 60, 61, 70 })
                    if (Ages.On(birth, day) >= years != birth <= Ages.BornBy(day, years)) disagreements.Add($"{birth} on {day}, {years}");
        Assert.Empty(disagreements);
    }
}
