import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.util.CoreMap;
import org.claimtrace.model.Article;
import org.claimtrace.pipeline.Doc;
import org.claimtrace.stages.*;
import org.claimtrace.engine.corenlp.CoreNlpDoc;
import java.nio.file.*;
import java.util.*;
import java.util.concurrent.*;

/**
 * Side-by-side benchmark of CoreNLP dependency-parser settings on the same sentences, in one JVM:
 * CoreNLP's defaults against the given properties, alternating, four rounds (the first is warm-up).
 * Usage: java -cp "target/claimtrace.jar:$(cat target/runtime-classpath.txt)" scripts/ParserSettingsBench.java \
 *            ../shared/eval/wikinews THREADS [KEY VALUE]...
 */
public class ParserSettingsBench {
  public static void main(String[] a) throws Exception {
    List<CoreMap> sents = new ArrayList<>();
    TokenizeStage tok = new TokenizeStage(); PosLemmaStage pos = new PosLemmaStage();
    try (var st = Files.walk(Path.of(a[0])).filter(x -> x.toString().endsWith(".txt"))) {
      for (Path p : st.sorted().toList()) {
        String text = Files.readString(p);
        Doc d = new Doc(Article.of(p.getFileName().toString(), text), text, null);
        tok.process(d); pos.process(d);
        sents.addAll(d.state(CoreNlpDoc.TAGGED).annotation().get(CoreAnnotations.SentencesAnnotation.class));
      }
    }
    int ntok = sents.stream().mapToInt(s -> s.get(CoreAnnotations.TokensAnnotation.class).size()).sum();
    System.out.println(sents.size() + " sentences, " + ntok + " tokens");
    Properties p0 = new Properties(); for (int i = 2; i + 1 < a.length; i += 2) p0.setProperty(a[i], a[i+1]);
    DependencyParser A = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL);
    DependencyParser B = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, p0);
    int threads = Integer.parseInt(a[1]);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    for (int round = 0; round < 4; round++) {
      for (DependencyParser P : List.of(A, B)) {
        long t0 = System.nanoTime();
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          final int tt = t;
          fs.add(pool.submit(() -> { for (int i = tt; i < sents.size(); i += threads) P.predict(sents.get(i)); }));
        }
        for (Future<?> f : fs) f.get();
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("round %d %s %.2f s  %.0f tok/s%n", round, P == A ? "default" : p0.toString(), s, ntok / s);
      }
    }
    pool.shutdown();
  }
}
