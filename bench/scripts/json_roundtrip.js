// JSON round trip: stringify and parse a list of records repeatedly.
function makeRecords(n) {
    var out = [];
    for (var i = 0; i < n; i++) {
        out.push({id: i, name: "user" + i, active: i % 3 === 0,
                  tags: ["t" + (i % 5), "g" + (i % 7)], score: (i * 37) % 1000});
    }
    return out;
}
function run(rounds) {
    var data = makeRecords(200);
    var total = 0, chars = 0;
    for (var r = 0; r < rounds; r++) {
        var text = JSON.stringify(data);
        chars += text.length;
        var back = JSON.parse(text);
        for (var i = 0; i < back.length; i++) {
            total += back[i].score + back[i].tags.length + (back[i].active ? 1 : 0);
        }
        data[r % 200].score = (data[r % 200].score + 1) % 1000;
    }
    return [total, chars];
}
var res = run(100);
console.log("json " + res[0] + " " + res[1]);
