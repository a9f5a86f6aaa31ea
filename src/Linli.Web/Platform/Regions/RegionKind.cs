namespace Linli.Web.Platform.Regions;

/// <summary>Levels of the region tree, top to bottom. Courtyard and Entrance are optional levels.</summary>
public enum RegionKind
{
    District = 1,
    Street = 2,
    Community = 3,
    Compound = 4,
    Courtyard = 5,
    Building = 6,
    Entrance = 7,
    Unit = 8,

    /// <summary>A parking space with its own title (产权车位): owned like a unit; whether it counts in an owners' vote is the compound's rule.</summary>
    ParkingSpace = 9,
}

public static class RegionKindRules
{
    /// <summary>
    /// Which kinds may sit directly under a parent. Optional levels may be skipped, so a building
    /// may hang under a compound or a courtyard, and a unit under a building or an entrance.
    /// </summary>
    public static bool MayContain(RegionKind? parent, RegionKind child) => parent switch
    {
        null => child is RegionKind.District,
        RegionKind.District => child is RegionKind.Street,
        RegionKind.Street => child is RegionKind.Community,
        RegionKind.Community => child is RegionKind.Compound,
        RegionKind.Compound => child is RegionKind.Courtyard or RegionKind.Building or RegionKind.ParkingSpace,
        RegionKind.Courtyard => child is RegionKind.Building,
        // A building may be the underground garage, holding parking spaces.
        RegionKind.Building => child is RegionKind.Entrance or RegionKind.Unit or RegionKind.ParkingSpace,
        RegionKind.Entrance => child is RegionKind.Unit,
        _ => false,
    };
}
